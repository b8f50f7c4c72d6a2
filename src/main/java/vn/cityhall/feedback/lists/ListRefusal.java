package vn.cityhall.feedback.lists;

import org.springframework.validation.Errors;

/**
 * A change to a list refused by a rule the form alone cannot check (a code already taken, a department
 * that is not active, a concurrent change …). Thrown inside the transaction, so that nothing changes,
 * and shown on the form in the page's language.
 *
 * @param field the form field at fault, or {@code null} for the form as a whole
 */
class ListRefusal extends RuntimeException {

    private final String field;
    private final String key;
    private final transient Object[] args;

    ListRefusal(String field, String key, Object... args) {
        super(key);
        this.field = field;
        this.key = key;
        this.args = args;
    }

    /** Someone else saved the item since the form was opened. */
    static ListRefusal conflict() {
        return new ListRefusal(null, "feedbacklists.error.conflict");
    }

    /** Refuses a change made on a stale form: the version the form was opened with is not the stored one. */
    static void requireVersion(Long formVersion, long storedVersion) {
        if (formVersion == null || formVersion != storedVersion) {
            throw conflict();
        }
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }

    void rejectOn(Errors errors) {
        if (field == null) {
            errors.reject(key, args, null);
        } else {
            errors.rejectValue(field, key, args, null);
        }
    }
}
