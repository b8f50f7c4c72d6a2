package vn.cityhall.knowledge.internal;

import org.springframework.validation.Errors;

/**
 * A change refused by a rule the form alone cannot check (someone else changed the item meanwhile, the
 * announcement was already sent …). Thrown inside the transaction, so that nothing changes, and shown on
 * the form in the page's language.
 */
public class KnowledgeRefusal extends RuntimeException {

    private final String field;
    private final String key;
    private final transient Object[] args;

    KnowledgeRefusal(String field, String key, Object... args) {
        super(key);
        this.field = field;
        this.key = key;
        this.args = args;
    }

    /** Someone else saved the item since the form was opened. */
    static KnowledgeRefusal conflict() {
        return new KnowledgeRefusal(null, "knowledge.error.conflict");
    }

    static void requireVersion(Long formVersion, long storedVersion) {
        if (formVersion == null || formVersion != storedVersion) {
            throw conflict();
        }
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }

    public void rejectOn(Errors errors) {
        if (field == null) {
            errors.reject(key, args, null);
        } else {
            errors.rejectValue(field, key, args, null);
        }
    }
}
