package vn.cityhall.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;

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

    /** The errors as a form shows them, in the page's language; an error of no field is about the whole form. */
    public FormErrors formErrors(Localizer i18n) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String> global = new ArrayList<>();
        for (FieldError error : errors) {
            String message = i18n.t(error.messageKey(), error.arguments());
            if (error.field() == null) {
                global.add(message);
            } else {
                fields.computeIfAbsent(error.field(), key -> new ArrayList<>()).add(message);
            }
        }
        return new FormErrors(fields, global);
    }

    /** One field at fault ({@code field} is {@code null} for the submission as a whole). */
    public record FieldError(String field, String messageKey, Object... arguments) {

        @Override
        public String toString() {
            return field + ": " + messageKey;
        }
    }
}
