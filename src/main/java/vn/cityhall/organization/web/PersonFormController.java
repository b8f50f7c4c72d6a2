package vn.cityhall.organization.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.PersonId;
import vn.cityhall.organization.PersonView;
import vn.cityhall.organization.Position;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;

/** Adding a staff member (with a generated initial password shown once) and editing one. */
@Controller
class PersonFormController {

    private final PersonAdministration administration;
    private final OrganizationDirectory directory;
    private final UnitCatalog units;
    private final OneTimeSecrets secrets;
    private final MessageSource messages;

    PersonFormController(PersonAdministration administration, OrganizationDirectory directory, UnitCatalog units,
            OneTimeSecrets secrets, MessageSource messages) {
        this.administration = administration;
        this.directory = directory;
        this.units = units;
        this.secrets = secrets;
        this.messages = messages;
    }

    @GetMapping("/admin/people/new")
    String add(@RequestParam(required = false) String unit, Model model) {
        return page(model, PersonForm.blank(unit), FormErrors.NONE, null);
    }

    @PostMapping("/admin/people/new")
    String create(@Valid @ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
            Locale locale, HttpSession session) {
        form.check(result, true);
        if (!result.hasErrors()) {
            try {
                PersonAdministration.NewPassword created = administration.create(form);
                return "redirect:" + PasswordPage.href(created.person(), secrets.seal(session,
                        PasswordPage.secret(created).getBytes(StandardCharsets.UTF_8)), true);
            } catch (AdminRefusal refusal) {
                refusal.rejectOn(result);
            }
        }
        return page(model, form, FormErrors.of(result, messages, locale), null);
    }

    @GetMapping("/admin/people/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        PersonView person = find(id);
        return page(model, PersonForm.of(person, unitCode(person)), FormErrors.NONE, person);
    }

    @PostMapping("/admin/people/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("personForm") PersonForm form, BindingResult result,
            @AuthenticationPrincipal StaffUser user, Model model, Locale locale, RedirectAttributes redirect) {
        PersonView person = find(id);
        form.check(result, false);
        if (!result.hasErrors()) {
            try {
                administration.update(person.id(), form, user);
                Flash.success(redirect, new Localizer(messages, locale).t("organization.person.saved", form.fullName()));
                return "redirect:/admin/people/" + id;
            } catch (AdminRefusal refusal) {
                refusal.rejectOn(result);
            }
        }
        return page(model, form, FormErrors.of(result, messages, locale), person);
    }

    private PersonView find(long id) {
        PersonId personId = PersonId.of(id);
        return directory.person(personId).orElseThrow(() -> new PersonNotFound(personId));
    }

    private String unitCode(PersonView person) {
        return directory.unit(person.unit()).map(UnitNode::code).orElse(null);
    }

    private String page(Model model, PersonForm form, FormErrors errors, PersonView person) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("person", person);
        model.addAttribute("positions", List.of(Position.values()));
        model.addAttribute("roles", List.of(Role.values()));
        UnitCatalog.View view = units.view();
        model.addAttribute("units", view.activeUnits());
        model.addAttribute("unitLabel", form.unitCode() == null ? null : view.activeByCode(form.unitCode())
                .map(view::row).map(row -> row.unit().name() + (row.path().isEmpty() ? "" : " · " + row.pathText()))
                .orElse(null));
        return "organization/people/form";
    }
}
