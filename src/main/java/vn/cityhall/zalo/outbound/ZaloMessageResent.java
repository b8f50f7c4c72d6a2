package vn.cityhall.zalo.outbound;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/** An administrator sent a dead or undeliverable Zalo message again (back to the outbox with its attempts reset). */
public record ZaloMessageResent(long messageId, String idempotencyKey, OutboxStatus previousStatus, AuditActor actor)
        implements Audited {

    @Override
    public String auditAction() {
        return "zalo.outbox.resent";
    }

    @Override
    public String auditTargetType() {
        return "ZaloOutboundMessage";
    }

    @Override
    public String auditTargetId() {
        return String.valueOf(messageId);
    }

    @Override
    public String auditDetail() {
        return "key=" + idempotencyKey + ", was=" + previousStatus;
    }
}
