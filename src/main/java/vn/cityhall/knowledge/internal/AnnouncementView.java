package vn.cityhall.knowledge.internal;

import java.time.Instant;

/**
 * An announcement as the staff pages show it.
 *
 * @param sentCount followers it was delivered to, or {@code null} until the channel reports
 * @param skippedCount followers skipped (outside Zalo's interaction window), or {@code null} until then
 */
public record AnnouncementView(long id, String title, String body, AnnouncementStatus status, String createdBy,
        Instant createdAt, String sentBy, Instant sentAt, Integer sentCount, Integer skippedCount,
        Instant deliveryAt, long version) {

    public boolean sent() {
        return status == AnnouncementStatus.SENT;
    }

    public String href() {
        return "/knowledge/announcements/" + id;
    }
}
