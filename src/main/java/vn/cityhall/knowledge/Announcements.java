package vn.cityhall.knowledge;

import org.springframework.stereotype.Service;

import vn.cityhall.knowledge.internal.AnnouncementDesk;

/**
 * The announcements' entry point for the channels that broadcast them: on {@link AnnouncementReleased} a
 * channel sends the announcement to its followers, then reports back here how many received it and how
 * many it had to skip. Staff draft and send announcements at {@code /knowledge/announcements}.
 */
@Service
public class Announcements {

    /** The longest body: one Zalo text message. */
    public static final int BODY_MAX = 2000;

    private final AnnouncementDesk desk;

    Announcements(AnnouncementDesk desk) {
        this.desk = desk;
    }

    /**
     * Records the delivery totals of a sent announcement; a later call replaces them (a channel may report
     * as it goes). Audited.
     *
     * @param sent followers it was delivered to
     * @param skipped followers it was not sent to, e.g. outside Zalo's interaction window
     * @throws IllegalStateException if the announcement has not been sent
     * @throws IllegalArgumentException if a count is negative
     */
    public void recordDelivery(long id, int sent, int skipped) {
        desk.recordDelivery(id, sent, skipped);
    }
}
