package vn.cityhall.notifications.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A notification kind that has arrived at least once, so that people can choose its channels. */
@Entity(name = "NotificationKind")
@Table(name = "notifications_kind")
class SeenKind {

    @Id
    @Column(length = 100)
    private String kind;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    protected SeenKind() {
    }

    SeenKind(String kind, Instant firstSeenAt) {
        this.kind = kind;
        this.firstSeenAt = firstSeenAt;
    }

    String kind() {
        return kind;
    }
}
