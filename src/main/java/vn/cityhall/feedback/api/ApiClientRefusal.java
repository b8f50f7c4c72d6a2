package vn.cityhall.feedback.api;

/**
 * An administrator's change to the API clients that a rule refuses (no name, already revoked …);
 * nothing was changed. The message key belongs to the {@code feedbackapi} bundle.
 *
 * @param field the form field at fault, or {@code null}
 */
class ApiClientRefusal extends RuntimeException {

    private final String field;
    private final transient Object[] arguments;

    ApiClientRefusal(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.arguments = arguments;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return getMessage();
    }

    Object[] arguments() {
        return arguments;
    }
}
