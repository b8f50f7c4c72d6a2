package vn.cityhall.feedback.lists;

import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/** Reading and checking the values the list forms post (every field is bound as text). */
final class FormValues {

    /** Codes of categories, questions and reasons: upper-case letters, digits and underscores. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");
    static final int MAX_ORDER = 1_000_000;

    private FormValues() {
    }

    /** Whether a check box was ticked. */
    static boolean checked(String value) {
        return "on".equals(value) || "true".equals(value);
    }

    /** An order number from 0 to {@link #MAX_ORDER}, or {@code null}. */
    static Integer order(String value) {
        try {
            int order = Integer.parseInt(value);
            return order >= 0 && order <= MAX_ORDER ? order : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The version an edit form was opened with, or {@code null} if it is missing or mangled. */
    static Long version(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static void requireText(Errors errors, String field, String value, int max) {
        if (value == null) {
            errors.rejectValue(field, "feedbacklists.error.required");
        } else if (value.length() > max) {
            errors.rejectValue(field, "feedbacklists.error.tooLong", new Object[] {max}, null);
        }
    }

    static void optionalText(Errors errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.rejectValue(field, "feedbacklists.error.tooLong", new Object[] {max}, null);
        }
    }

    static void requireCode(Errors errors, String field, String value, int max) {
        if (value == null) {
            errors.rejectValue(field, "feedbacklists.error.required");
        } else if (value.length() > max || !CODE.matcher(value).matches()) {
            errors.rejectValue(field, "feedbacklists.error.code", new Object[] {max}, null);
        }
    }

    static void requireOrder(Errors errors, String field, String value) {
        if (order(value) == null) {
            errors.rejectValue(field, "feedbacklists.error.order", new Object[] {MAX_ORDER}, null);
        }
    }
}
