package vn.cityhall.feedback.lists;

import java.util.List;

import vn.cityhall.feedback.CategoryQuestion;
import vn.cityhall.feedback.QuestionChoices;

/** An extra question as the category page lists it. */
public record QuestionRow(long id, long categoryId, String code, String label, String labelEn, String kind,
        List<QuestionChoices.Choice> choices, boolean required, int sortOrder) {

    static QuestionRow of(CategoryQuestion question) {
        return new QuestionRow(question.id(), question.categoryId(), question.code(), question.label(),
                question.labelEn(), question.kind().name(), question.choices(), question.required(),
                question.sortOrder());
    }

    public String href() {
        return CategoryController.PATH + "/" + categoryId + "/questions/" + id;
    }
}
