package vn.cityhall.feedback;

import vn.cityhall.shared.AuditActor;

/** The masked question and answer were published on the portal. */
public record FeedbackPublished(long feedbackId, String code, int publicPhotos, AuditActor actor)
        implements FeedbackEvent {

    @Override
    public String auditAction() {
        return "feedback.item.published";
    }

    @Override
    public String auditDetail() {
        return "photos=" + publicPhotos;
    }
}
