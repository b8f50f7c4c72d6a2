package vn.cityhall.organization.web;

import org.springframework.validation.Errors;

/**
 * An administrative change refused by a business rule (a duplicate code, a move into the unit's own
 * subtree, the last administrator …). Thrown inside the transaction, so that nothing is changed,
 * and turned into a localized error on the form.
 *
 * @param field the form field at fault, or {@code null} for the form as a whole
 */
class AdminRefusal extends RuntimeException {

    private final String field;
    private final String key;
    private final transient Object[] args;

    AdminRefusal(String field, String key, Object... args) {
        super(key);
        this.field = field;
        this.key = key;
        this.args = args;
    }

    String field() {
        return field;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }

    /** Records the refusal on a form's binding result. */
    void rejectOn(Errors errors) {
        if (field == null) {
            errors.reject(key, args, null);
        } else {
            errors.rejectValue(field, key, args, null);
        }
    }
}
