package vn.cityhall.notifications.email;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.cityhall.notifications.internal.Delivery;
import vn.cityhall.notifications.internal.TitleArguments;

/**
 * A notification e-mail in the outbox: stored with the notification, sent later by the sender job, retried
 * with a growing delay until it is sent or the attempts run out. The text is rendered when it is sent.
 */
@Entity(name = "NotificationEmail")
@Table(name = "notifications_email")
class OutboxEmail {

    static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(nullable = false, length = 320)
    private String address;

    @Column(name = "notification_id")
    private Long notificationId;

    @Column(nullable = false, length = 100)
    private String kind;

    @Column(name = "title_key", nullable = false, length = 200)
    private String titleKey;

    @Convert(converter = TitleArguments.class)
    @Column(name = "title_arguments", nullable = false, length = 4000)
    private List<String> titleArguments;

    @Column(length = 500)
    private String link;

    @Column(name = "dedup_key", nullable = false, length = 300)
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EmailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxEmail() {
    }

    OutboxEmail(long recipientId, String address, Long notificationId, Delivery delivery, Instant now) {
        this.recipientId = recipientId;
        this.address = address;
        this.notificationId = notificationId;
        this.kind = delivery.kind();
        this.titleKey = delivery.titleKey();
        this.titleArguments = delivery.titleArguments();
        this.link = delivery.link();
        this.dedupKey = delivery.dedupKey();
        this.status = EmailStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(Instant now) {
        attempts++;
        status = EmailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /**
     * Records a failed attempt: tried again after {@code firstDelay}, doubled per attempt, until
     * {@code maxAttempts} attempts were made; a permanent failure is not tried again.
     */
    void failed(Instant now, String error, boolean permanent, int maxAttempts, Duration firstDelay) {
        attempts++;
        lastError = error == null ? "" : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (permanent || attempts >= maxAttempts) {
            status = EmailStatus.FAILED;
            return;
        }
        long factor = 1L << Math.min(attempts - 1, 16);
        nextAttemptAt = now.plus(firstDelay.multipliedBy(factor));
    }

    /** An administrator asks for another try: it is sent at the next run with a fresh count of attempts. */
    boolean resend(Instant now) {
        if (status == EmailStatus.SENT) {
            return false;
        }
        status = EmailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        return true;
    }

    Long id() {
        return id;
    }

    long recipientId() {
        return recipientId;
    }

    String address() {
        return address;
    }

    Long notificationId() {
        return notificationId;
    }

    String kind() {
        return kind;
    }

    String titleKey() {
        return titleKey;
    }

    List<String> titleArguments() {
        return titleArguments;
    }

    String link() {
        return link;
    }

    EmailStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    String lastError() {
        return lastError;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant sentAt() {
        return sentAt;
    }
}
