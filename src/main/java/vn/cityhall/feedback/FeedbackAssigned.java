package vn.cityhall.feedback;

import java.time.Instant;
import java.util.Set;

import vn.cityhall.shared.AuditActor;

/** The item went to a handling unit (on acceptance, transfer or reopening), due by {@code dueAt}. */
public record FeedbackAssigned(long feedbackId, String code, FeedbackChannel channel, long unitId, String unitName,
        Set<Long> coordinatorUnitIds, Instant dueAt, int round, AuditActor actor) implements FeedbackEvent {

    public FeedbackAssigned {
        coordinatorUnitIds = Set.copyOf(coordinatorUnitIds);
    }

    @Override
    public String auditAction() {
        return "feedback.item.assigned";
    }

    @Override
    public String auditDetail() {
        return "unit=" + unitId + " round=" + round + " due=" + dueAt;
    }
}
