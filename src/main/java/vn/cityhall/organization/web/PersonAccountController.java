package vn.cityhall.organization.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.organization.PersonId;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.Localizer;

/** Account actions on a staff member: deactivate, reactivate, reset the password, lift a lock. */
@Controller
class PersonAccountController {

    private final PersonAdministration administration;
    private final PeopleCatalog catalog;
    private final OneTimeSecrets secrets;
    private final MessageSource messages;

    PersonAccountController(PersonAdministration administration, PeopleCatalog catalog, OneTimeSecrets secrets,
            MessageSource messages) {
        this.administration = administration;
        this.catalog = catalog;
        this.secrets = secrets;
        this.messages = messages;
    }

    @PostMapping("/admin/people/{id}/deactivate")
    String deactivate(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Locale locale,
            RedirectAttributes redirect) {
        return act(id, locale, redirect, "organization.person.deactivated",
                () -> administration.deactivate(PersonId.of(id), user));
    }

    @PostMapping("/admin/people/{id}/reactivate")
    String reactivate(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "organization.person.reactivated",
                () -> administration.reactivate(PersonId.of(id)));
    }

    @PostMapping("/admin/people/{id}/unlock")
    String unlock(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "organization.person.unlocked", () -> administration.unlock(PersonId.of(id)));
    }

    @PostMapping("/admin/people/{id}/reset-password")
    String resetPassword(@PathVariable long id, HttpSession session) {
        PersonId person = PersonId.of(id);
        name(person);
        PersonAdministration.NewPassword password = administration.resetPassword(person);
        return "redirect:" + PasswordPage.href(person,
                secrets.seal(session, PasswordPage.secret(password).getBytes(StandardCharsets.UTF_8)), false);
    }

    private String act(long id, Locale locale, RedirectAttributes redirect, String successKey, Runnable action) {
        String name = name(PersonId.of(id));
        Localizer i18n = new Localizer(messages, locale);
        try {
            action.run();
            Flash.success(redirect, i18n.t(successKey, name));
        } catch (AdminRefusal refusal) {
            Flash.danger(redirect, i18n.t(refusal.key(), refusal.args()));
        }
        return "redirect:/admin/people/" + id;
    }

    private String name(PersonId id) {
        return catalog.detail(id).map(detail -> detail.person().fullName()).orElseThrow(() -> new PersonNotFound(id));
    }
}
