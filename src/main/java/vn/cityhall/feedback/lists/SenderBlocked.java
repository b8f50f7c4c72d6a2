package vn.cityhall.feedback.lists;

import vn.cityhall.feedback.BlockedSender;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/**
 * An operator stopped a sender. The audit entry names the blocklist row, never the phone number or
 * address itself (personal data stays in the feedback module).
 */
public record SenderBlocked(long id, BlockedSender.Kind kind, AuditActor actor) implements Audited {

    @Override
    public String auditAction() {
        return "feedback.sender.blocked";
    }

    @Override
    public String auditTargetType() {
        return "BlockedSender";
    }

    @Override
    public String auditTargetId() {
        return String.valueOf(id);
    }

    @Override
    public String auditDetail() {
        return "kind=" + kind;
    }
}
