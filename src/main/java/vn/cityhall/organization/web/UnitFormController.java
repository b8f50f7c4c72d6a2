package vn.cityhall.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitType;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;

/** Adding a unit and editing a unit's attributes. */
@Controller
class UnitFormController {

    private final UnitAdministration administration;
    private final UnitCatalog catalog;
    private final MessageSource messages;
    private final Clock clock;

    UnitFormController(UnitAdministration administration, UnitCatalog catalog, MessageSource messages, Clock clock) {
        this.administration = administration;
        this.catalog = catalog;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/units/new")
    String add(@RequestParam(required = false) String parent, Model model) {
        UnitCatalog.View view = catalog.view();
        UnitNode parentUnit = parent == null ? null : view.activeByCode(parent).orElse(null);
        UnitType type = parentUnit == null ? null
                : parentUnit.type() == UnitType.CITY ? UnitType.DEPARTMENT : UnitType.DIVISION;
        return page(model, view, UnitForm.blank(type, parentUnit == null ? null : parentUnit.code(),
                LocalDate.now(clock)), FormErrors.NONE, null);
    }

    @PostMapping("/admin/units/new")
    String create(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect) {
        form.check(result, true);
        if (!result.hasErrors()) {
            try {
                UnitId id = administration.create(form);
                Flash.success(redirect, new Localizer(messages, locale).t("organization.unit.created", form.name()));
                return "redirect:/admin/units/" + id.value();
            } catch (AdminRefusal refusal) {
                refusal.rejectOn(result);
            }
        }
        return page(model, catalog.view(), form, FormErrors.of(result, messages, locale), null);
    }

    @GetMapping("/admin/units/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        UnitCatalog.View view = catalog.view();
        UnitRow unit = find(view, id);
        return page(model, view, UnitForm.of(unit.unit()), FormErrors.NONE, unit);
    }

    @PostMapping("/admin/units/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect) {
        UnitCatalog.View view = catalog.view();
        UnitRow unit = find(view, id);
        form.check(result, false);
        if (!result.hasErrors()) {
            try {
                administration.update(unit.unit().id(), form);
                Flash.success(redirect, new Localizer(messages, locale).t("organization.unit.saved", form.name()));
                return "redirect:/admin/units/" + id;
            } catch (AdminRefusal refusal) {
                refusal.rejectOn(result);
            }
        }
        return page(model, view, form, FormErrors.of(result, messages, locale), unit);
    }

    static UnitRow find(UnitCatalog.View view, long id) {
        UnitId unitId = UnitId.of(id);
        return view.tree().find(unitId).map(view::row).orElseThrow(() -> new UnitNotFound(unitId));
    }

    private static String page(Model model, UnitCatalog.View view, UnitForm form, FormErrors errors, UnitRow unit) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("unit", unit);
        model.addAttribute("ancestors", unit == null ? List.of() : view.tree().ancestors(unit.unit().id()).stream()
                .map(view::row).toList());
        model.addAttribute("types", List.of(UnitType.values()));
        model.addAttribute("parents", unit == null ? view.activeUnits() : List.of());
        return "organization/units/form";
    }
}
