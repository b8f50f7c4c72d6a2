package vn.cityhall.notifications.web;

import java.util.List;

import vn.cityhall.shared.web.PageView;

/**
 * The notification list page: one page of rows and the filter that chose them.
 *
 * @param unreadOnly whether only unread notifications are listed
 * @param kind the kind listed, or {@code null} for all
 * @param kinds the kinds the viewer has notifications of, for the filter
 * @param unread how many of the viewer's notifications are unread
 * @param flash a message after a change, or {@code null}
 */
public record InboxPage(PageView<NotificationRow> rows, boolean unreadOnly, String kind, List<KindOption> kinds,
        long unread, String flash) {

    /** A kind in the filter. */
    public record KindOption(String kind, String label) {
    }

    /** The list address with this filter, without the page number. */
    public String query() {
        return "/notifications?filter=" + (unreadOnly ? "unread" : "all")
                + (kind == null ? "" : "&kind=" + java.net.URLEncoder.encode(kind, java.nio.charset.StandardCharsets.UTF_8));
    }

    public String pageHrefPrefix() {
        return query() + "&page=";
    }
}
