package vn.cityhall.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    protected RejectReason() {
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
}
