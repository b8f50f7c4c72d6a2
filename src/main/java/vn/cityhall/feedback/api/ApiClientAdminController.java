package vn.cityhall.feedback.api;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.CityZone;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;

/**
 * {@code /admin/api-clients}: system administrators issue API keys to other systems (the key is shown
 * on the answer to the issuing request, once, and is kept nowhere in clear), see when each was last
 * used, and revoke them.
 */
@Controller
class ApiClientAdminController {

    static final String PATH = "/admin/api-clients";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final ApiKeys keys;
    private final MessageSource messages;

    ApiClientAdminController(ApiKeys keys, MessageSource messages) {
        this.keys = keys;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        requireAdministrator(user);
        return page(model, "", FormErrors.NONE, null);
    }

    @PostMapping(PATH)
    String issue(@RequestParam(required = false) String name, @AuthenticationPrincipal StaffUser user, Model model,
            Locale locale) {
        requireAdministrator(user);
        try {
            ApiKeys.IssuedKey issued = keys.issue(name);
            return page(model, "", FormErrors.NONE, issued);
        } catch (ApiClientRefusal refusal) {
            String message = new Localizer(messages, locale).t(refusal.messageKey(), refusal.arguments());
            return page(model, name, new FormErrors(Map.of(refusal.field(), List.of(message)), List.of()), null);
        }
    }

    @PostMapping(PATH + "/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Locale locale,
            RedirectAttributes redirect) {
        requireAdministrator(user);
        Localizer i18n = new Localizer(messages, locale);
        try {
            ApiClientRow revoked = keys.revoke(id);
            redirect.addFlashAttribute("notice", i18n.t("feedbackapi.clients.revoked", revoked.name()));
        } catch (ApiClientRefusal refusal) {
            redirect.addFlashAttribute("problem", i18n.t(refusal.messageKey(), refusal.arguments()));
        }
        return "redirect:" + PATH;
    }

    private String page(Model model, String name, FormErrors errors, ApiKeys.IssuedKey issued) {
        model.addAttribute("clients", keys.list().stream().map(ApiClientAdminController::line).toList());
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        model.addAttribute("issuedName", issued == null ? null : issued.client().name());
        model.addAttribute("issuedKey", issued == null ? null : issued.key());
        return "feedback/api/clients";
    }

    private static ApiClientLine line(ApiClientRow row) {
        return new ApiClientLine(row.id(), row.name(), row.keyPrefix(), time(row.createdAt()), time(row.lastUsedAt()),
                row.active());
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(CityZone.ID));
    }

    private static void requireAdministrator(StaffUser user) {
        if (user == null || !user.isEnabled() || !user.is(Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException("Only system administrators manage API clients");
        }
    }
}
