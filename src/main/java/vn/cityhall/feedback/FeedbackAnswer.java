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
import jakarta.persistence.Version;

/** An answer an officer drafted, waiting for the unit leader's decision (approved or returned with a note). */
@Entity
@Table(name = "feedback_answer")
public class FeedbackAnswer {

    /** Where the draft stands. */
    public enum State {
        PENDING, APPROVED, RETURNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id")
    private long itemId;

    private String text;

    @Column(name = "drafted_by")
    private long draftedBy;

    @Column(name = "drafted_at")
    private Instant draftedAt;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Version
    private long version;

    protected FeedbackAnswer() {
    }

    FeedbackAnswer(long itemId, String text, long draftedBy, Instant draftedAt) {
        this.itemId = itemId;
        this.text = text;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
        this.state = State.PENDING;
    }

    void decide(boolean approve, String note, long leader, Instant now) {
        if (state != State.PENDING) {
            throw new FeedbackStateConflict();
        }
        state = approve ? State.APPROVED : State.RETURNED;
        decidedBy = leader;
        decidedAt = now;
        decisionNote = note;
    }

    public long id() {
        return id;
    }

    public long itemId() {
        return itemId;
    }

    public String text() {
        return text;
    }

    public long draftedBy() {
        return draftedBy;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public State state() {
        return state;
    }

    public Long decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }
}
