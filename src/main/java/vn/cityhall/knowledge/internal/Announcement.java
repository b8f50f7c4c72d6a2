package vn.cityhall.knowledge.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A message staff broadcast to the channel's followers: drafted, revised while a draft, sent once, and
 * then told how many followers received it and how many were skipped.
 */
@Entity
@Table(name = "knowledge_announcement")
class Announcement {

    /** Zalo's limit for one text message. */
    static final int BODY_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    private String body;

    @Enumerated(EnumType.STRING)
    private AnnouncementStatus status;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_by")
    private String sentBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_count")
    private Integer sentCount;

    @Column(name = "skipped_count")
    private Integer skippedCount;

    @Column(name = "delivery_at")
    private Instant deliveryAt;

    @Version
    private long version;

    protected Announcement() {
    }

    static Announcement draft(String title, String body, String actor, Instant now) {
        Announcement announcement = new Announcement();
        announcement.status = AnnouncementStatus.DRAFT;
        announcement.createdBy = actor;
        announcement.createdAt = now;
        return announcement.revise(title, body);
    }

    Announcement revise(String title, String body) {
        if (status == AnnouncementStatus.SENT) {
            throw alreadySent();
        }
        if (title == null || title.isBlank() || body == null || body.isBlank() || body.length() > BODY_MAX) {
            throw new IllegalArgumentException("An announcement needs a title and a body of at most " + BODY_MAX
                    + " characters");
        }
        this.title = title;
        this.body = body;
        return this;
    }

    /** Marks the announcement sent; a second time is refused. */
    Announcement release(String actor, Instant now) {
        if (status == AnnouncementStatus.SENT) {
            throw alreadySent();
        }
        status = AnnouncementStatus.SENT;
        sentBy = actor;
        sentAt = now;
        return this;
    }

    /** The delivery totals so far, reported by the broadcasting channel; a later report replaces them. */
    Announcement recordDelivery(int sent, int skipped, Instant now) {
        if (status != AnnouncementStatus.SENT) {
            throw new IllegalStateException("Announcement " + id + " has not been sent");
        }
        if (sent < 0 || skipped < 0) {
            throw new IllegalArgumentException("Delivery counts cannot be negative");
        }
        sentCount = sent;
        skippedCount = skipped;
        deliveryAt = now;
        return this;
    }

    static KnowledgeRefusal alreadySent() {
        return new KnowledgeRefusal(null, "knowledge.announcement.error.alreadySent");
    }

    long id() {
        return id;
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    AnnouncementView view() {
        return new AnnouncementView(id, title, body, status, createdBy, createdAt, sentBy, sentAt, sentCount,
                skippedCount, deliveryAt, version);
    }
}
