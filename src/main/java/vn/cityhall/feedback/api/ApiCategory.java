package vn.cityhall.feedback.api;

import java.util.List;

/** A category a client may choose, with its extra questions. */
record ApiCategory(String code, String name, String nameEn, String description, boolean photosRequired,
        List<Question> questions) {

    /** An extra question; {@code kind} is TEXT, NUMBER or CHOICE (answer with a choice's key). */
    record Question(String code, String label, String labelEn, String kind, boolean required, List<Choice> choices) {
    }

    record Choice(String key, String name, String nameEn) {
    }

    static ApiCategory of(ApiCategoryCatalog.Category category) {
        return new ApiCategory(category.code(), category.name(), category.nameEn(), category.description(),
                category.photosRequired(), category.questions().stream().map(question -> new Question(question.code(),
                        question.label(), question.labelEn(), question.kind().name(), question.required(),
                        question.choices().stream().map(choice -> new Choice(choice.key(), choice.name(), choice.nameEn()))
                                .toList())).toList());
    }
}
