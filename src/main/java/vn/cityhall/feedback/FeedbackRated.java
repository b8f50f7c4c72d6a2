package vn.cityhall.feedback;

import vn.cityhall.shared.AuditActor;

/** The sender rated the answer. */
public record FeedbackRated(long feedbackId, String code, int rating, AuditActor actor) implements FeedbackEvent {

    @Override
    public String auditAction() {
        return "feedback.item.rated";
    }

    @Override
    public String auditDetail() {
        return "rating=" + rating;
    }
}
