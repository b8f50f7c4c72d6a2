package vn.cityhall.feedback;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An extra question a category asks the sender ("Since when has it been happening?"), in Vietnamese
 * and English; Open311 publishes the questions as the category's service definition. A question some
 * item has answered stays, so that the answer keeps its meaning.
 */
@Entity
@Table(name = "feedback_category_question")
public class CategoryQuestion {

    /** What kind of answer the question expects. */
    public enum Kind {
        TEXT, NUMBER,
        /** One of the {@link QuestionChoices listed answers}. */
        CHOICE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "category_id")
    private Long categoryId;

    private String code;

    private String label;

    @Column(name = "label_en")
    private String labelEn;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String choices;

    private boolean required;

    @Column(name = "sort_order")
    private int sortOrder;

    @Version
    private long version;

    protected CategoryQuestion() {
    }

    /**
     * What may change about a question (everything but its category and code).
     *
     * @param choices the answers of a {@link Kind#CHOICE} question as typed (see {@link QuestionChoices});
     *        must be {@code null} for the other kinds
     */
    public record Details(String label, String labelEn, Kind kind, String choices, boolean required, int sortOrder) {
    }

    /**
     * A new question of a category; its code never changes afterwards (Open311 clients answer by it).
     *
     * @throws QuestionChoices.Invalid when the choices cannot be read
     */
    public static CategoryQuestion ask(long categoryId, String code, Details details) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A question needs a code");
        }
        CategoryQuestion question = new CategoryQuestion();
        question.categoryId = categoryId;
        question.code = code;
        return question.revise(details);
    }

    /**
     * Changes the wording, the kind, the choices, whether an answer is required and the order.
     *
     * @throws QuestionChoices.Invalid when the choices cannot be read
     */
    public CategoryQuestion revise(Details details) {
        if (details.label() == null || details.labelEn() == null || details.kind() == null) {
            throw new IllegalArgumentException("A question needs its wording in both languages and a kind");
        }
        if (details.kind() != Kind.CHOICE && details.choices() != null) {
            throw new IllegalArgumentException("Only a choice question lists choices");
        }
        this.choices = details.kind() == Kind.CHOICE ? QuestionChoices.format(QuestionChoices.parse(details.choices()))
                : null;
        this.label = details.label();
        this.labelEn = details.labelEn();
        this.kind = details.kind();
        this.required = details.required();
        this.sortOrder = details.sortOrder();
        return this;
    }

    public long id() {
        return id;
    }

    public long categoryId() {
        return categoryId;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }

    public Kind kind() {
        return kind;
    }

    /** The stored choices ({@code KEY=Nhãn|Label;…}), or {@code null} unless a {@link Kind#CHOICE} question. */
    public String choicesText() {
        return choices;
    }

    /** The answers a choice question offers, in order; empty for the other kinds. */
    public List<QuestionChoices.Choice> choices() {
        return choices == null ? List.of() : QuestionChoices.parse(choices);
    }

    public boolean required() {
        return required;
    }

    public int sortOrder() {
        return sortOrder;
    }

    /** The optimistic-locking version, which an edit form sends back to detect concurrent changes. */
    public long version() {
        return version;
    }
}
