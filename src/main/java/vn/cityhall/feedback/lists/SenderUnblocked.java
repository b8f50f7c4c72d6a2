package vn.cityhall.feedback.lists;

import vn.cityhall.feedback.BlockedSender;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/** An operator removed a sender from the blocklist; the audit entry names the row, not the sender. */
public record SenderUnblocked(long id, BlockedSender.Kind kind, AuditActor actor) implements Audited {

    @Override
    public String auditAction() {
        return "feedback.sender.unblocked";
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
