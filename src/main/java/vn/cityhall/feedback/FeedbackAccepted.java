package vn.cityhall.feedback;

import vn.cityhall.shared.AuditActor;

/** An operator accepted the item (screening) and confirmed its category and level. */
public record FeedbackAccepted(long feedbackId, String code, FeedbackChannel channel, long categoryId,
        FeedbackLevel level, Long communeId, AuditActor actor) implements FeedbackEvent {

    @Override
    public String auditAction() {
        return "feedback.item.accepted";
    }

    @Override
    public String auditDetail() {
        return "level=" + level + " category=" + categoryId;
    }
}
