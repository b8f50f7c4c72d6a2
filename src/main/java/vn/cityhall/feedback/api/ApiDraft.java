package vn.cityhall.feedback.api;

import java.util.List;
import java.util.Map;

import vn.cityhall.feedback.FeedbackInvalid;
import vn.cityhall.feedback.FeedbackSubmission;

/**
 * A submission as an API channel read it: what goes to the intake, the chosen category (for its extra
 * questions), the answers by question code, and the errors already found while reading the request
 * (an unknown category or commune code, a number that is not one).
 */
record ApiDraft(FeedbackSubmission submission, ApiCategoryCatalog.Category category, Map<String, String> answers,
        List<FeedbackInvalid.FieldError> errors) {

    ApiDraft {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        errors = List.copyOf(errors);
    }

    /** The field name of an answer's error: {@code answers.CODE}. */
    static String answerField(String code) {
        return "answers." + code;
    }
}
