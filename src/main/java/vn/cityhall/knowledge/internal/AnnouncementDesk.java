package vn.cityhall.knowledge.internal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.knowledge.AnnouncementReleased;
import vn.cityhall.knowledge.KnowledgeChanged;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.web.PageView;

/**
 * Drafting, sending and accounting for announcements. Sending publishes {@link AnnouncementReleased} in
 * the same transaction that marks the announcement sent; the version check makes two simultaneous sends
 * end in one, so the event is published once.
 */
@Service
@Transactional
public class AnnouncementDesk {

    static final String TARGET = "announcement";
    static final int PAGE_SIZE = 20;

    private final StoredAnnouncements announcements;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    AnnouncementDesk(StoredAnnouncements announcements, ApplicationEventPublisher events) {
        this.announcements = announcements;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageView<AnnouncementView> list(int page) {
        return PageView.of(announcements.findAll(PageRequest.of(Math.max(0, page), PAGE_SIZE,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))), Announcement::view);
    }

    @Transactional(readOnly = true)
    public AnnouncementView find(long id) {
        return announcement(id).view();
    }

    /** Saves a new draft and returns its id. */
    public long draft(String title, String body) {
        Announcement announcement = announcements.saveAndFlush(
                Announcement.draft(title, body, AuditActor.current().username(), clock.instant()));
        events.publishEvent(KnowledgeChanged.of(TARGET, announcement.id(), "created", ""));
        return announcement.id();
    }

    /** Changes a draft, if nobody changed it since {@code version}; a sent announcement is never changed. */
    public void revise(long id, Long version, String title, String body) {
        Announcement announcement = announcement(id);
        if (announcement.view().sent()) {
            // Said before any version conflict: the channel records its delivery on the announcement after sending.
            throw Announcement.alreadySent();
        }
        KnowledgeRefusal.requireVersion(version, announcement.view().version());
        announcements.saveAndFlush(announcement.revise(title, body));
        events.publishEvent(KnowledgeChanged.of(TARGET, id, "updated", ""));
    }

    /** Sends the announcement: marks it sent and publishes {@link AnnouncementReleased}; refused if sent. */
    public void release(long id) {
        Announcement announcement = announcement(id);
        AuditActor actor = AuditActor.current();
        announcements.saveAndFlush(announcement.release(actor.username(), clock.instant()));
        events.publishEvent(new AnnouncementReleased(id, announcement.title(), announcement.body(), actor));
    }

    /** Records how many followers received the sent announcement and how many were skipped. */
    public void recordDelivery(long id, int sent, int skipped) {
        Announcement announcement = announcement(id);
        announcements.saveAndFlush(announcement.recordDelivery(sent, skipped, clock.instant()));
        events.publishEvent(KnowledgeChanged.of(TARGET, id, "delivered", "sent=" + sent + " skipped=" + skipped));
    }

    private Announcement announcement(long id) {
        return announcements.findById(id).orElseThrow(() -> new KnowledgeNotFound(TARGET, id));
    }
}
