package vn.cityhall.feedback;

import vn.cityhall.shared.AuditActor;

/** A staff member opened the sender's contact details (personal data: every view is in the audit trail). */
public record FeedbackContactViewed(long feedbackId, String code, AuditActor actor) implements FeedbackEvent {

    @Override
    public String auditAction() {
        return "feedback.contact.viewed";
    }
}
