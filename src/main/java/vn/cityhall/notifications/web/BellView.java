package vn.cityhall.notifications.web;

import java.util.List;

/**
 * The bell in the header: the unread count and the newest notifications.
 *
 * @param label the accessible name of the bell, e.g. "3 thông báo chưa đọc"
 */
public record BellView(long unread, String label, List<NotificationRow> latest) {

    /** The badge text; large counts are shortened. */
    public String badge() {
        return unread > 99 ? "99+" : Long.toString(unread);
    }
}
