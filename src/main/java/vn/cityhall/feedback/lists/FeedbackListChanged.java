package vn.cityhall.feedback.lists;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/**
 * A category, an extra question, a reject reason or an answer template was added, changed or removed.
 *
 * @param list which list: {@code category}, {@code question}, {@code rejectReason}, {@code answerTemplate}
 * @param id the entry's id
 * @param change {@code created}, {@code updated} or {@code removed}
 * @param code the entry's code, or {@code null} for lists without codes
 */
public record FeedbackListChanged(String list, long id, String change, String code, AuditActor actor)
        implements Audited {

    static FeedbackListChanged of(String list, long id, String change, String code) {
        return new FeedbackListChanged(list, id, change, code, AuditActor.current());
    }

    @Override
    public String auditAction() {
        return "feedback." + list + "." + change;
    }

    @Override
    public String auditTargetType() {
        return "feedback." + list;
    }

    @Override
    public String auditTargetId() {
        return String.valueOf(id);
    }

    @Override
    public String auditDetail() {
        return code == null ? "" : "code=" + code;
    }
}
