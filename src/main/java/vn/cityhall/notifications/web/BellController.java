package vn.cityhall.notifications.web;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.cityhall.notifications.internal.Inbox;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.Localizer;

/**
 * The bell's content, loaded by htmx when a page opens and again whenever the stream says
 * {@code notifications}: the unread count and the newest notifications.
 */
@Controller
class BellController {

    static final int LATEST = 8;

    private final Inbox inbox;
    private final NotificationViews views;

    BellController(Inbox inbox, NotificationViews views) {
        this.inbox = inbox;
        this.views = views;
    }

    @GetMapping("/notifications/bell")
    String bell(@AuthenticationPrincipal StaffUser user, Locale locale, Model model) {
        model.addAttribute("bell", view(user.personId(), views.i18n(locale)));
        return "notifications/bellMenu";
    }

    BellView view(long personId, Localizer i18n) {
        long unread = inbox.unreadCount(personId);
        String label = unread == 0 ? i18n.t("notifications.bell.none") : i18n.t("notifications.bell.unread", unread);
        return new BellView(unread, label, inbox.latest(personId, LATEST).stream().map(n -> views.row(n, i18n)).toList());
    }
}
