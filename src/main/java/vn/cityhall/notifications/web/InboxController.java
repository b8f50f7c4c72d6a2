package vn.cityhall.notifications.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import vn.cityhall.notifications.internal.Inbox;
import vn.cityhall.notifications.internal.LocalLinks;
import vn.cityhall.notifications.internal.Notification;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.Htmx;
import vn.cityhall.shared.web.Localizer;
import vn.cityhall.shared.web.PageView;

/**
 * The viewer's own notifications: the list with its filter and paging, marking read (one or all: a form
 * post that htmx sends in place, a redirect without JavaScript), and opening one. A notification of
 * someone else is not found (404), whoever asks.
 */
@Controller
class InboxController {

    private final Inbox inbox;
    private final NotificationViews views;
    private final BellController bell;

    InboxController(Inbox inbox, NotificationViews views, BellController bell) {
        this.inbox = inbox;
        this.views = views;
        this.bell = bell;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "all") String filter,
            @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page, Locale locale,
            Model model, HttpServletRequest request) {
        model.addAttribute("inbox", inboxPage(user.personId(), "unread".equals(filter), kind, page,
                views.i18n(locale), (String) model.getAttribute("flash")));
        return Htmx.isHtmx(request) && "notification-list".equals(request.getHeader("HX-Target"))
                ? "notifications/list" : "notifications/index";
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @RequestParam(defaultValue = "all") String filter, @RequestParam(required = false) String kind,
            Locale locale, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Notification notification = inbox.markRead(user.personId(), id).orElseThrow(InboxController::notFound);
        if (Htmx.isHtmx(request)) {
            model.addAttribute("row", views.row(notification, views.i18n(locale)));
            return "notifications/row";
        }
        return "redirect:" + new InboxPage(null, "unread".equals(filter), blankToNull(kind), null, 0, null).query();
    }

    @PostMapping("/notifications/read-all")
    String markAllRead(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "all") String filter,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String from, Locale locale,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        int changed = inbox.markAllRead(user.personId());
        Localizer i18n = views.i18n(locale);
        String flash = i18n.t("notifications.readAll.done", changed);
        if (Htmx.isHtmx(request) && "bell".equals(from)) {
            model.addAttribute("bell", bell.view(user.personId(), i18n));
            return "notifications/bellMenu";
        }
        if (Htmx.isHtmx(request)) {
            model.addAttribute("inbox", inboxPage(user.personId(), "unread".equals(filter), kind, 0, i18n, flash));
            return "notifications/list";
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:" + new InboxPage(null, "unread".equals(filter), blankToNull(kind), null, 0, null).query();
    }

    /** Marks the notification read and goes where it points, only ever to a path of this site. */
    @GetMapping("/notifications/{id}/open")
    RedirectView open(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
        Notification notification = inbox.markRead(user.personId(), id).orElseThrow(InboxController::notFound);
        RedirectView redirect = new RedirectView(
                LocalLinks.isLocal(notification.link()) ? notification.link() : "/notifications", true);
        redirect.setExpandUriTemplateVariables(false);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }

    private InboxPage inboxPage(long personId, boolean unreadOnly, String kind, int page, Localizer i18n, String flash) {
        String chosen = blankToNull(kind);
        PageView<NotificationRow> rows = PageView.of(inbox.page(personId, unreadOnly, chosen, page),
                notification -> views.row(notification, i18n));
        var kinds = inbox.kindsOf(personId).stream()
                .map(value -> new InboxPage.KindOption(value, views.kindLabel(value, i18n))).toList();
        return new InboxPage(rows, unreadOnly, chosen, kinds, inbox.unreadCount(personId), flash);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
