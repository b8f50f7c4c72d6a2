package vn.cityhall.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.organization.People;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.Units;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;

/** Moving a unit to another parent, ending its validity, and restoring it. */
@Controller
class UnitLifecycleController {

    private final UnitAdministration administration;
    private final UnitCatalog catalog;
    private final Units units;
    private final People people;
    private final MessageSource messages;
    private final Clock clock;

    UnitLifecycleController(UnitAdministration administration, UnitCatalog catalog, Units units, People people,
            MessageSource messages, Clock clock) {
        this.administration = administration;
        this.catalog = catalog;
        this.units = units;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/units/{id}/move")
    String moveForm(@PathVariable long id, Model model) {
        return movePage(model, catalog.view(), id, new UnitMoveForm(null), FormErrors.NONE);
    }

    @PostMapping("/admin/units/{id}/move")
    String move(@PathVariable long id, @ModelAttribute("moveForm") UnitMoveForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect) {
        UnitCatalog.View view = catalog.view();
        UnitRow unit = UnitFormController.find(view, id);
        try {
            administration.move(unit.unit().id(), form.parentCode());
            Flash.success(redirect, new Localizer(messages, locale).t("organization.unit.moved", unit.unit().name()));
            return "redirect:/admin/units/" + id;
        } catch (AdminRefusal refusal) {
            refusal.rejectOn(result);
        }
        return movePage(model, view, id, form, FormErrors.of(result, messages, locale));
    }

    @GetMapping("/admin/units/{id}/deactivate")
    String deactivateForm(@PathVariable long id, Model model) {
        return deactivatePage(model, catalog.view(), id, new UnitDeactivateForm(LocalDate.now(clock).toString()),
                FormErrors.NONE);
    }

    @PostMapping("/admin/units/{id}/deactivate")
    String deactivate(@PathVariable long id, @ModelAttribute("deactivateForm") UnitDeactivateForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        UnitCatalog.View view = catalog.view();
        UnitRow unit = UnitFormController.find(view, id);
        LocalDate endDate = form.check(result);
        if (!result.hasErrors()) {
            try {
                administration.deactivate(unit.unit().id(), endDate);
                Flash.success(redirect,
                        new Localizer(messages, locale).t("organization.unit.deactivated", unit.unit().name()));
                return "redirect:/admin/units/" + id;
            } catch (AdminRefusal refusal) {
                refusal.rejectOn(result);
            }
        }
        return deactivatePage(model, view, id, form, FormErrors.of(result, messages, locale));
    }

    @PostMapping("/admin/units/{id}/reactivate")
    String reactivate(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        UnitRow unit = UnitFormController.find(catalog.view(), id);
        Localizer i18n = new Localizer(messages, locale);
        try {
            administration.reactivate(unit.unit().id());
            Flash.success(redirect, i18n.t("organization.unit.reactivated", unit.unit().name()));
        } catch (AdminRefusal refusal) {
            Flash.danger(redirect, i18n.t(refusal.key(), refusal.args()));
        }
        return "redirect:/admin/units/" + id;
    }

    private String movePage(Model model, UnitCatalog.View view, long id, UnitMoveForm form, FormErrors errors) {
        UnitRow unit = UnitFormController.find(view, id);
        Set<UnitId> ownSubtree = view.tree().subtree(unit.unit().id());
        model.addAttribute("unit", unit);
        model.addAttribute("ancestors", ancestors(view, unit));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("parents", view.activeUnits().stream()
                .filter(candidate -> !ownSubtree.contains(candidate.unit().id())
                        && unit.unit().type().mayBeChildOf(candidate.unit().type()))
                .toList());
        return "organization/units/move";
    }

    private String deactivatePage(Model model, UnitCatalog.View view, long id, UnitDeactivateForm form,
            FormErrors errors) {
        UnitRow unit = UnitFormController.find(view, id);
        model.addAttribute("unit", unit);
        model.addAttribute("ancestors", ancestors(view, unit));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("activePeople", people.countByUnitIdAndActiveTrue(id));
        model.addAttribute("activeChildren", units.countByParentIdAndActiveTrue(id));
        return "organization/units/deactivate";
    }

    private static List<UnitRow> ancestors(UnitCatalog.View view, UnitRow unit) {
        return view.tree().ancestors(unit.unit().id()).stream().map(view::row).toList();
    }
}
