package vn.cityhall.feedback.lists;

import org.springframework.validation.Errors;

import vn.cityhall.feedback.CategoryQuestion;
import vn.cityhall.feedback.QuestionChoices;

/**
 * The add and edit form of a category's extra question, bound as text and checked by {@link #check}.
 * The code is used only when adding.
 *
 * @param kind {@code TEXT}, {@code NUMBER} or {@code CHOICE}
 * @param choices for a choice question, {@code KEY=Nhãn|Label} entries separated by semicolons or lines
 */
public record QuestionForm(String code, String label, String labelEn, String kind, String choices, String required,
        String sortOrder, String version) {

    static final int CODE_MAX = 40;
    static final int LABEL_MAX = 300;

    static QuestionForm blank(int sortOrder) {
        return new QuestionForm(null, null, null, CategoryQuestion.Kind.TEXT.name(), null, null,
                Integer.toString(sortOrder), null);
    }

    static QuestionForm of(CategoryQuestion question) {
        return new QuestionForm(question.code(), question.label(), question.labelEn(), question.kind().name(),
                question.choicesText(), question.required() ? "on" : null, Integer.toString(question.sortOrder()),
                Long.toString(question.version()));
    }

    void check(Errors errors, boolean adding) {
        if (adding) {
            FormValues.requireCode(errors, "code", code, CODE_MAX);
        }
        FormValues.requireText(errors, "label", label, LABEL_MAX);
        FormValues.requireText(errors, "labelEn", labelEn, LABEL_MAX);
        CategoryQuestion.Kind kind = questionKind();
        if (kind == null) {
            errors.rejectValue("kind", "feedbacklists.question.kind.required");
        } else if (kind == CategoryQuestion.Kind.CHOICE) {
            try {
                QuestionChoices.parse(choices);
            } catch (QuestionChoices.Invalid invalid) {
                errors.rejectValue("choices", "feedbacklists.question.choices." + invalid.problem().name(),
                        new Object[] {invalid.entry(), QuestionChoices.MIN_CHOICES, QuestionChoices.MAX_LENGTH}, null);
            }
        } else if (choices != null) {
            errors.rejectValue("choices", "feedbacklists.question.choices.notChoice");
        }
        FormValues.requireOrder(errors, "sortOrder", sortOrder);
    }

    CategoryQuestion.Kind questionKind() {
        for (CategoryQuestion.Kind candidate : CategoryQuestion.Kind.values()) {
            if (candidate.name().equals(kind)) {
                return candidate;
            }
        }
        return null;
    }

    /** The details to save; call only after {@link #check} found no error. */
    CategoryQuestion.Details details() {
        return new CategoryQuestion.Details(label, labelEn, questionKind(), choices, FormValues.checked(required),
                FormValues.order(sortOrder));
    }

    public boolean checked(String value) {
        return FormValues.checked(value);
    }
}
