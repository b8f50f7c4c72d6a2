package vn.cityhall.notifications.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One notification for one person in the app: unread until they open it or mark it read. */
@Entity
@Table(name = "notifications_notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(nullable = false, length = 100)
    private String kind;

    @Column(name = "title_key", nullable = false, length = 200)
    private String titleKey;

    @Convert(converter = TitleArguments.class)
    @Column(name = "title_arguments", nullable = false, length = 4000)
    private List<String> titleArguments;

    @Column(length = 500)
    private String link;

    @Column(nullable = false)
    private boolean urgent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "dedup_key", nullable = false, length = 300)
    private String dedupKey;

    protected Notification() {
    }

    Notification(long recipientId, Delivery delivery, Instant createdAt) {
        this.recipientId = recipientId;
        this.kind = delivery.kind();
        this.titleKey = delivery.titleKey();
        this.titleArguments = delivery.titleArguments();
        this.link = delivery.link();
        this.urgent = delivery.urgent();
        this.dedupKey = delivery.dedupKey();
        this.createdAt = createdAt;
    }

    /** Marks it read; returns whether it was unread. */
    boolean markRead(Instant now) {
        if (readAt != null) {
            return false;
        }
        readAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public long recipientId() {
        return recipientId;
    }

    public String kind() {
        return kind;
    }

    public String titleKey() {
        return titleKey;
    }

    public List<String> titleArguments() {
        return titleArguments;
    }

    /** The local path it opens, or {@code null} when it has none. */
    public String link() {
        return link;
    }

    public boolean urgent() {
        return urgent;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public String dedupKey() {
        return dedupKey;
    }
}
