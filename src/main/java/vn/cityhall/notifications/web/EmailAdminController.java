package vn.cityhall.notifications.web;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.notifications.email.EmailAdministration;
import vn.cityhall.notifications.email.EmailStatus;
import vn.cityhall.notifications.internal.NotificationSettings;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.PersonId;
import vn.cityhall.organization.PersonView;
import vn.cityhall.shared.web.Localizer;

/** Administrators see the e-mails that failed or still wait, and send a failed one again. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class EmailAdminController {

    private final EmailAdministration administration;
    private final NotificationSettings settings;
    private final OrganizationDirectory directory;
    private final NotificationViews views;

    EmailAdminController(EmailAdministration administration, NotificationSettings settings,
            OrganizationDirectory directory, NotificationViews views) {
        this.administration = administration;
        this.settings = settings;
        this.directory = directory;
        this.views = views;
    }

    @GetMapping("/admin/notifications/email")
    String list(@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        Localizer i18n = views.i18n(locale);
        var rows = administration.unsent(page);
        var shown = rows.items().stream().map(row -> new EmailAdminPage.Row(row.id(),
                directory.person(PersonId.of(row.recipientId())).map(PersonView::fullName).orElse(""),
                row.address(), views.kindLabel(row.kind(), i18n), row.failed(), row.attempts(),
                NotificationViews.EXACT.format(row.nextAttemptAt()), row.lastError(),
                NotificationViews.EXACT.format(row.createdAt()))).toList();
        model.addAttribute("emails", new EmailAdminPage(
                new vn.cityhall.shared.web.PageView<>(shown, rows.number(), rows.size(), rows.totalItems()),
                administration.count(EmailStatus.FAILED), administration.count(EmailStatus.PENDING),
                settings.emailEnabled(), (String) model.getAttribute("flash")));
        return "notifications/emailAdmin";
    }

    @PostMapping("/admin/notifications/email/{id}/resend")
    String resend(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        Localizer i18n = views.i18n(locale);
        redirect.addFlashAttribute("flash", administration.resend(id)
                ? i18n.t("notifications.email.admin.resent", String.valueOf(id)) : i18n.t("notifications.email.admin.notResent", String.valueOf(id)));
        return "redirect:/admin/notifications/email";
    }
}
