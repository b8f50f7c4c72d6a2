package vn.cityhall.feedback;

import java.time.Instant;
import java.util.Set;

import vn.cityhall.shared.AuditActor;

/**
 * The sender was not satisfied with the answer and reopened the item: it is back with the handling unit,
 * due by {@code dueAt}, and the unit's leaders ({@code recipients}) are told.
 */
public record FeedbackReopened(long feedbackId, String code, FeedbackChannel channel, long unitId, String reason,
        Instant dueAt, int reopenCount, Set<Long> recipients, AuditActor actor) implements FeedbackNotice {

    public FeedbackReopened {
        recipients = Set.copyOf(recipients);
    }

    @Override
    public String auditAction() {
        return "feedback.item.reopened";
    }

    @Override
    public String auditDetail() {
        return "unit=" + unitId + " count=" + reopenCount;
    }

    @Override
    public String notificationKind() {
        return "feedback.reopened";
    }

    @Override
    public String titleKey() {
        return "feedback.notification.reopened";
    }

    @Override
    public String deduplicationKey() {
        return "feedback.reopened:" + feedbackId + ":" + reopenCount;
    }

    @Override
    public boolean urgent() {
        return true;
    }
}
