package vn.cityhall.tasks.api;

/** A request body that lacks a field or carries a wrong value: 400 with a localized message. */
class ApiInputException extends RuntimeException {

    private final String field;
    private final transient Object[] arguments;

    ApiInputException(String field, String messageKey, Object... arguments) {
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
