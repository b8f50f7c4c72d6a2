package vn.cityhall.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One entry of the audit trail, as read back for searching. Entries are written only by
 * {@link AuditChain} and never change: the entity is {@link Immutable}, has no setters and is not
 * exposed through any repository method that saves or deletes.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @Column(name = "sequence_number")
    private Long sequence;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor_username")
    private String actorUsername;

    @Column(name = "actor_person_id")
    private Long actorPersonId;

    @Column(name = "source_address")
    private String sourceAddress;

    private String action;

    @Column(name = "target_type")
    private String targetType;

    @Column(name = "target_id")
    private String targetId;

    private String detail;

    @Enumerated(EnumType.STRING)
    private AuditOutcome outcome;

    @Column(name = "previous_hash")
    private String previousHash;

    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntryView toView() {
        return new AuditEntryView(sequence, occurredAt, actorUsername, actorPersonId, sourceAddress, action,
                targetType, targetId, detail, outcome, previousHash, hash);
    }
}
