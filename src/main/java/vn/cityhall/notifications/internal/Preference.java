package vn.cityhall.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's choice for one kind and channel; without one, the configured default applies. */
@Entity(name = "NotificationPreference")
@Table(name = "notifications_preference")
class Preference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false, length = 100)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(nullable = false)
    private boolean enabled;

    protected Preference() {
    }

    Preference(long personId, String kind, Channel channel, boolean enabled) {
        this.personId = personId;
        this.kind = kind;
        this.channel = channel;
        this.enabled = enabled;
    }

    void choose(boolean enabled) {
        this.enabled = enabled;
    }

    String kind() {
        return kind;
    }

    Channel channel() {
        return channel;
    }

    boolean enabled() {
        return enabled;
    }
}
