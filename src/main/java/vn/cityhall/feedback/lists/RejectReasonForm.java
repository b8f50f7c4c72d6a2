package vn.cityhall.feedback.lists;

import org.springframework.validation.Errors;

import vn.cityhall.feedback.RejectReason;

/**
 * The add and edit form of a reject reason, bound as text and checked by {@link #check}. The code is
 * used only when adding: refused items keep it.
 */
public record RejectReasonForm(String code, String name, String nameEn, String answer, String answerEn, String active,
        String sortOrder, String version) {

    static final int CODE_MAX = 32;
    static final int NAME_MAX = 200;
    static final int ANSWER_MAX = 2000;

    static RejectReasonForm blank() {
        return new RejectReasonForm(null, null, null, null, null, "on", "0", null);
    }

    static RejectReasonForm of(RejectReason reason) {
        return new RejectReasonForm(reason.code(), reason.name(), reason.nameEn(), reason.answer(), reason.answerEn(),
                reason.isActive() ? "on" : null, Integer.toString(reason.sortOrder()), Long.toString(reason.version()));
    }

    void check(Errors errors, boolean adding) {
        if (adding) {
            FormValues.requireCode(errors, "code", code, CODE_MAX);
        }
        FormValues.requireText(errors, "name", name, NAME_MAX);
        FormValues.requireText(errors, "nameEn", nameEn, NAME_MAX);
        FormValues.requireText(errors, "answer", answer, ANSWER_MAX);
        FormValues.requireText(errors, "answerEn", answerEn, ANSWER_MAX);
        FormValues.requireOrder(errors, "sortOrder", sortOrder);
    }

    /** The details to save; call only after {@link #check} found no error. */
    RejectReason.Details details() {
        return new RejectReason.Details(name, nameEn, answer, answerEn, FormValues.checked(active),
                FormValues.order(sortOrder));
    }

    public boolean checked(String value) {
        return FormValues.checked(value);
    }
}
