package vn.cityhall.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A reason operators give when they refuse an item (not enough information, outside scope, duplicate,
 * offensive …), with the answer the sender receives, which says where to go when the matter follows
 * another legal path.
 */
@Entity
@Table(name = "feedback_reject_reason")
public class RejectReason {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Column(name = "name_en")
    private String nameEn;

    private String answer;

    @Column(name = "answer_en")
    private String answerEn;

    private boolean active;

    @Column(name = "sort_order")
    private int sortOrder;

    @Version
    private long version;

    protected RejectReason() {
    }

    /** What may change about a reason (everything but its code). */
    public record Details(String name, String nameEn, String answer, String answerEn, boolean active, int sortOrder) {
    }

    /** A new reason; its code never changes afterwards, because refused items keep it. */
    public static RejectReason create(String code, Details details) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A reject reason needs a code");
        }
        RejectReason reason = new RejectReason();
        reason.code = code;
        return reason.revise(details);
    }

    /** Changes the names, the answer the sender receives, the status and the order. */
    public RejectReason revise(Details details) {
        if (details.name() == null || details.nameEn() == null || details.answer() == null
                || details.answerEn() == null) {
            throw new IllegalArgumentException("A reject reason needs its name and answer in both languages");
        }
        this.name = details.name();
        this.nameEn = details.nameEn();
        this.answer = details.answer();
        this.answerEn = details.answerEn();
        this.active = details.active();
        this.sortOrder = details.sortOrder();
        return this;
    }

    public long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    /** What the sender is told, in Vietnamese. */
    public String answer() {
        return answer;
    }

    public String answerEn() {
        return answerEn;
    }

    public boolean isActive() {
        return active;
    }

    public int sortOrder() {
        return sortOrder;
    }

    /** The optimistic-locking version, which an edit form sends back to detect concurrent changes. */
    public long version() {
        return version;
    }
}
