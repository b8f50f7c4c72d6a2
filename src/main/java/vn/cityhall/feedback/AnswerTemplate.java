package vn.cityhall.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A text officers start an answer from, for one category or (without one) for all. Placeholders in
 * braces ({@code {unit}}, {@code {date}}, {@code {result}}) are for the officer to fill in.
 */
@Entity
@Table(name = "feedback_answer_template")
public class AnswerTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "category_id")
    private Long categoryId;

    private String title;

    private String body;

    private boolean active;

    @Version
    private long version;

    protected AnswerTemplate() {
    }

    /**
     * What a template says and for which category.
     *
     * @param categoryId the category it is for, or {@code null} for every category
     */
    public record Details(Long categoryId, String title, String body, boolean active) {
    }

    public static AnswerTemplate create(Details details) {
        return new AnswerTemplate().revise(details);
    }

    /** Changes the category, the title, the text and the status. */
    public AnswerTemplate revise(Details details) {
        if (details.title() == null || details.body() == null) {
            throw new IllegalArgumentException("An answer template needs a title and a text");
        }
        this.categoryId = details.categoryId();
        this.title = details.title();
        this.body = details.body();
        this.active = details.active();
        return this;
    }

    public long id() {
        return id;
    }

    /** The category it is for, or {@code null} for every category. */
    public Long categoryId() {
        return categoryId;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public boolean isActive() {
        return active;
    }

    /** The optimistic-locking version, which an edit form sends back to detect concurrent changes. */
    public long version() {
        return version;
    }
}
