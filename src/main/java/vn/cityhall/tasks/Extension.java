package vn.cityhall.tasks;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A request to extend a task's deadline (xin gia hạn), decided by whoever assigned the task. The
 * deadline before the request is kept, so both the original and the extended deadline stay known.
 * Part of the {@link Task} aggregate.
 */
@Entity
@Table(name = "tasks_extension")
public class Extension {

    /** The state of a request. */
    public enum Status {
        PENDING, APPROVED, REFUSED, WITHDRAWN;

        public String messageKey() {
            return "tasks.extension.status." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    private Task task;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "requested_by")
    private long requestedBy;

    private String reason;

    @Column(name = "previous_due_at")
    private Instant previousDueAt;

    @Column(name = "requested_due_at")
    private Instant requestedDueAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decision_note")
    private String decisionNote;

    protected Extension() {
    }

    Extension(Task task, Instant requestedAt, long requestedBy, String reason, Instant previousDueAt,
            Instant requestedDueAt) {
        this.task = task;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        this.reason = reason;
        this.previousDueAt = previousDueAt;
        this.requestedDueAt = requestedDueAt;
        this.status = Status.PENDING;
    }

    void decide(boolean approve, long decider, Instant at, String note) {
        this.status = approve ? Status.APPROVED : Status.REFUSED;
        this.decidedBy = decider;
        this.decidedAt = at;
        this.decisionNote = note;
    }

    void withdraw(Instant at) {
        this.status = Status.WITHDRAWN;
        this.decidedAt = at;
    }

    public Long id() {
        return id;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public long requestedBy() {
        return requestedBy;
    }

    public String reason() {
        return reason;
    }

    public Instant previousDueAt() {
        return previousDueAt;
    }

    public Instant requestedDueAt() {
        return requestedDueAt;
    }

    public Status status() {
        return status;
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Long decidedBy() {
        return decidedBy;
    }

    public String decisionNote() {
        return decisionNote;
    }
}
