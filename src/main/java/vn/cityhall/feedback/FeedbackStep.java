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
 * One line of an item's timeline: a step, a note or an attachment, who made it (name kept as it was),
 * for which unit. Internal lines are for staff; the others also show on the sender's tracking page.
 */
@Entity
@Table(name = "feedback_event")
public class FeedbackStep {

    /** What happened. */
    public enum Kind {
        RECEIVED, ACCEPTED, REJECTED, MERGED, DUPLICATE_LINKED, ASSIGNED, TRANSFERRED, RETURNED, NOTE,
        ANSWER_SUBMITTED, ANSWER_RETURNED, ANSWERED, PUBLISHED, RATED, REOPENED, EXTENDED;

        public String messageKey() {
            return "feedback.timeline." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id")
    private long itemId;

    private Instant at;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "person_name")
    private String personName;

    @Column(name = "unit_id")
    private Long unitId;

    private String note;

    @Column(name = "file_id")
    private Long fileId;

    private boolean internal;

    protected FeedbackStep() {
    }

    FeedbackStep(long itemId, Instant at, Kind kind, Long personId, String personName, Long unitId, String note,
            Long fileId, boolean internal) {
        this.itemId = itemId;
        this.at = at;
        this.kind = kind;
        this.personId = personId;
        this.personName = personName;
        this.unitId = unitId;
        this.note = note;
        this.fileId = fileId;
        this.internal = internal;
    }

    public long id() {
        return id;
    }

    public long itemId() {
        return itemId;
    }

    public Instant at() {
        return at;
    }

    public Kind kind() {
        return kind;
    }

    public Long personId() {
        return personId;
    }

    public String personName() {
        return personName;
    }

    public Long unitId() {
        return unitId;
    }

    public String note() {
        return note;
    }

    public Long fileId() {
        return fileId;
    }

    /** Whether only staff see it. */
    public boolean internal() {
        return internal;
    }
}
