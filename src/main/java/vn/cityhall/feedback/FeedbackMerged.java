package vn.cityhall.feedback;

import vn.cityhall.shared.AuditActor;

/** An operator marked the item as a duplicate of a master item; its sender receives the master's answer. */
public record FeedbackMerged(long feedbackId, String code, FeedbackChannel channel, long masterId, String masterCode,
        AuditActor actor) implements FeedbackEvent {

    @Override
    public String auditAction() {
        return "feedback.item.merged";
    }

    @Override
    public String auditDetail() {
        return "master=" + masterCode;
    }
}
