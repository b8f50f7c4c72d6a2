package vn.cityhall.organization.security;

import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.FormErrors;

/**
 * "Change my password": the current password, the new one twice. The new password must follow the
 * {@link PasswordPolicy}. Passwords are never written back into the page. The session stays signed
 * in; an account that had to change its password may go on to the rest of the application.
 */
@Controller
class PasswordController {

    /** The change-password form; never rendered back. */
    record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {
    }

    private final People people;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final StaffAccounts accounts;
    private final SignedInSessions sessions;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final Clock clock;

    PasswordController(People people, PasswordEncoder encoder, PasswordPolicy policy, StaffAccounts accounts,
            SignedInSessions sessions, TransactionTemplate transactions, MessageSource messages, Clock clock) {
        this.people = people;
        this.encoder = encoder;
        this.policy = policy;
        this.accounts = accounts;
        this.sessions = sessions;
        this.transactions = transactions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(AccountGate.PASSWORD_PAGE)
    String form(Authentication authentication, Model model) {
        return page(model, authentication, FormErrors.NONE);
    }

    @PostMapping(AccountGate.PASSWORD_PAGE)
    String change(@ModelAttribute("form") PasswordForm form, BindingResult result, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        StaffUser user = (StaffUser) authentication.getPrincipal();
        Person person = people.findById(user.personId()).orElseThrow();
        validate(form, person, result);
        if (result.hasErrors()) {
            return page(model, authentication, FormErrors.of(result, messages, locale));
        }
        transactions.executeWithoutResult(status -> {
            Person current = people.findById(user.personId()).orElseThrow();
            current.changePassword(encoder.encode(form.newPassword()), clock.instant());
            people.save(current);
        });
        if (user instanceof StaffAccount) {
            accounts.reload(user.person()).ifPresent(account ->
                    sessions.replace(SignedInSessions.rebuild(authentication, account), request, response));
        }
        redirect.addFlashAttribute("changed", true);
        return "redirect:" + AccountGate.PASSWORD_PAGE;
    }

    private void validate(PasswordForm form, Person person, BindingResult result) {
        if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
            result.rejectValue("currentPassword", "security.account.password.currentRequired");
        } else if (person.passwordHash() == null || !encoder.matches(form.currentPassword(), person.passwordHash())) {
            result.rejectValue("currentPassword", "security.account.password.currentWrong");
        }
        for (String violation : policy.violations(form.newPassword(), person.username())) {
            result.rejectValue("newPassword", violation, new Object[] {policy.minLength()}, null);
        }
        if (form.newPassword() != null && !form.newPassword().isEmpty()
                && form.newPassword().equals(form.currentPassword())) {
            result.rejectValue("newPassword", "security.account.password.sameAsCurrent");
        }
        if (form.newPassword() != null && !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "security.account.password.mismatch");
        }
    }

    private String page(Model model, Authentication authentication, FormErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("mustChange", authentication.getPrincipal() instanceof StaffUser user
                && user.mustChangePassword());
        model.addAttribute("minLength", policy.minLength());
        if (!model.containsAttribute("changed")) {
            model.addAttribute("changed", false);
        }
        return "account/password";
    }
}
