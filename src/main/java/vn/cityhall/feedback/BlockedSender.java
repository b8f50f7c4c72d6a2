package vn.cityhall.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A sender an operator has stopped: a phone number (stored as {@link PhoneNumbers} normalises it) or
 * a network address (as the server reports the client's address), with the reason. Intake refuses
 * what they send ({@code SenderLimits}) until an operator removes the entry.
 */
@Entity
@Table(name = "feedback_blocked_sender")
public class BlockedSender {

    /** What identifies the sender. */
    public enum Kind {
        PHONE, ADDRESS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String sender;

    private String reason;

    @Column(name = "blocked_by")
    private Long blockedBy;

    @Column(name = "blocked_at")
    private Instant blockedAt;

    protected BlockedSender() {
    }

    /**
     * Stops a sender.
     *
     * @param sender the phone number or address in stored form
     * @param blockedBy the operator's person id
     */
    public static BlockedSender block(Kind kind, String sender, String reason, Long blockedBy, Instant at) {
        if (kind == null || sender == null || sender.isBlank() || reason == null || reason.isBlank() || at == null) {
            throw new IllegalArgumentException("A blocked sender needs a kind, the sender, a reason and a time");
        }
        BlockedSender blocked = new BlockedSender();
        blocked.kind = kind;
        blocked.sender = sender;
        blocked.reason = reason;
        blocked.blockedBy = blockedBy;
        blocked.blockedAt = at;
        return blocked;
    }

    public long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String sender() {
        return sender;
    }

    public String reason() {
        return reason;
    }

    /** The person id of the operator who stopped the sender, if known. */
    public Long blockedBy() {
        return blockedBy;
    }

    public Instant blockedAt() {
        return blockedAt;
    }
}
