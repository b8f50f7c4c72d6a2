package vn.cityhall.feedback;

import java.time.Instant;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/** A submission was stored and has a tracking code; screening is due by {@code screeningDueAt}. */
public record FeedbackReceived(long feedbackId, String code, FeedbackChannel channel, Long categoryId, Long communeId,
        Instant receivedAt, Instant screeningDueAt, boolean offensive, AuditActor actor) implements Audited {

    @Override
    public String auditAction() {
        return "feedback.item.received";
    }

    @Override
    public String auditTargetType() {
        return "Feedback";
    }

    @Override
    public String auditTargetId() {
        return code;
    }

    @Override
    public String auditDetail() {
        return "channel=" + channel;
    }
}
