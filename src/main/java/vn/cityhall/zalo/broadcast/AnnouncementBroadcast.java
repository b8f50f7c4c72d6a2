package vn.cityhall.zalo.broadcast;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.cityhall.knowledge.AnnouncementReleased;
import vn.cityhall.knowledge.Announcements;
import vn.cityhall.zalo.outbound.ZaloOutbox;
import vn.cityhall.zalo.outbound.ZaloRecipient;
import vn.cityhall.zalo.webhook.ZaloUsers;

/**
 * Sends a released announcement to the OA's followers, as far as Zalo allows: a customer-service message
 * only reaches a user who interacted with the OA in the last 7 days (zalo-oa.md §5.1; {@code -230} otherwise),
 * so followers outside that window are skipped and counted, not attempted. Each message goes through the
 * outbox under the key {@code ann:<announcement>:<user>}, so a redelivered event queues nothing twice; the
 * totals are reported back to the knowledge module ({@link Announcements#recordDelivery}), "sent" meaning
 * queued for delivery (the outbox shows what became of each).
 */
@Component
class AnnouncementBroadcast {

    /** Zalo's customer-service window. */
    static final Duration WINDOW = Duration.ofDays(7);

    private final ZaloUsers users;
    private final ZaloOutbox outbox;
    private final Announcements announcements;
    private final Clock clock;

    AnnouncementBroadcast(ZaloUsers users, ZaloOutbox outbox, Announcements announcements, Clock clock) {
        this.users = users;
        this.outbox = outbox;
        this.announcements = announcements;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AnnouncementReleased announcement) {
        List<String> reachable = users.followersInteractedSince(clock.instant().minus(WINDOW));
        long followers = users.followers();
        String text = announcement.title() + "\n\n" + announcement.body();
        for (String user : reachable) {
            outbox.enqueueText("ann:" + announcement.id() + ":" + user, ZaloRecipient.user(user), text, null);
        }
        int skipped = (int) Math.max(0, followers - reachable.size());
        announcements.recordDelivery(announcement.id(), reachable.size(), skipped);
    }
}
