package vn.cityhall.feedback;

import java.time.Instant;
import java.util.List;

import vn.cityhall.shared.AuditActor;

/** The unit's leader approved the answer; it goes to the sender and to the senders of the merged duplicates ({@code linkedItemIds}). */
public record FeedbackAnswered(long feedbackId, String code, FeedbackChannel channel, String answer,
        Instant answeredAt, boolean onTime, List<Long> linkedItemIds, AuditActor actor) implements FeedbackEvent {

    public FeedbackAnswered {
        linkedItemIds = List.copyOf(linkedItemIds);
    }

    @Override
    public String auditAction() {
        return "feedback.item.answered";
    }

    @Override
    public String auditDetail() {
        return "onTime=" + onTime;
    }
}
