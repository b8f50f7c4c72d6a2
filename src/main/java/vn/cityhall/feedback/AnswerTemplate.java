package vn.cityhall.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    protected AnswerTemplate() {
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
}
