package vn.cityhall.notifications.web;

import vn.cityhall.shared.web.PageView;

/** The administrators' page of e-mails not sent yet. */
public record EmailAdminPage(PageView<Row> rows, long failed, long pending, boolean emailEnabled, String flash) {

    /** One e-mail; times in the city's zone. */
    public record Row(long id, String recipientName, String address, String kindLabel, boolean failed, int attempts,
            String nextAttempt, String lastError, String created) {
    }
}
