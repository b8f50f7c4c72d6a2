package vn.cityhall.feedback;

import java.util.List;

/**
 * A submission that cannot be accepted as it is; nothing was stored. Every field at fault is listed,
 * each with a message key of the {@code feedback} bundle (Vietnamese and English).
 */
public class FeedbackInvalid extends RuntimeException {

    private final transient List<FieldError> errors;

    public FeedbackInvalid(List<FieldError> errors) {
        super("Invalid feedback: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One field at fault ({@code field} is {@code null} for the submission as a whole). */
    public record FieldError(String field, String messageKey, Object... arguments) {

        @Override
        public String toString() {
            return field + ": " + messageKey;
        }
    }
}
