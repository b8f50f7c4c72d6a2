package vn.cityhall.feedback;

import vn.cityhall.shared.AuditActor;

/** An operator refused the item; {@code answer} is what the sender is told (the reason's text and the note). */
public record FeedbackRejected(long feedbackId, String code, FeedbackChannel channel, String reasonCode,
        String answer, AuditActor actor) implements FeedbackEvent {

    @Override
    public String auditAction() {
        return "feedback.item.rejected";
    }

    @Override
    public String auditDetail() {
        return "reason=" + reasonCode;
    }
}
