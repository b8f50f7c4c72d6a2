package vn.cityhall.feedback.lists;

import org.springframework.validation.Errors;

import vn.cityhall.feedback.AnswerTemplate;
import vn.cityhall.feedback.FeedbackChoices;

/**
 * The add and edit form of an answer template, bound as text and checked by {@link #check}.
 *
 * @param categoryId the category's id as posted, empty for a template of every category
 */
public record AnswerTemplateForm(String categoryId, String title, String body, String active, String version) {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 5000;

    static AnswerTemplateForm blank() {
        return new AnswerTemplateForm(null, null, null, "on", null);
    }

    static AnswerTemplateForm of(AnswerTemplate template) {
        return new AnswerTemplateForm(template.categoryId() == null ? null : template.categoryId().toString(),
                template.title(), template.body(), template.isActive() ? "on" : null, Long.toString(template.version()));
    }

    /** Checks the texts; whether the category exists is checked on saving. */
    void check(Errors errors) {
        FormValues.requireText(errors, "title", title, TITLE_MAX);
        FormValues.requireText(errors, "body", body, BODY_MAX);
    }

    /** The chosen category: {@code null} for every category, -1 (no such row) when not a number. */
    Long category() {
        return FeedbackChoices.id(categoryId);
    }

    /** The details to save; call only after {@link #check} found no error. */
    AnswerTemplate.Details details() {
        return new AnswerTemplate.Details(category(), title, body, FormValues.checked(active));
    }

    public boolean checked(String value) {
        return FormValues.checked(value);
    }
}
