package vn.cityhall.feedback;

import vn.cityhall.shared.AuditActor;

/** The handling unit gave the item back to screening as not within its competence. */
public record FeedbackReturned(long feedbackId, String code, long unitId, String reason, AuditActor actor)
        implements FeedbackEvent {

    @Override
    public String auditAction() {
        return "feedback.item.returned";
    }

    @Override
    public String auditDetail() {
        return "unit=" + unitId;
    }
}
