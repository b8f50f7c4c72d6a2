package vn.cityhall.feedback;

import java.time.Instant;
import java.util.List;

/**
 * What the sender sees when tracking their item: its code, where it stands, what they wrote, the unit handling it
 * and its deadline, the answer (a merged duplicate shows its master's), the public steps of its timeline, and
 * whether they may still rate or reopen it.
 */
public record TrackedFeedback(String code, FeedbackStatus status, Instant receivedAt, String categoryName, String text,
        String address, String unitName, Instant dueAt, String answer, Instant answeredAt, String refusal,
        String masterCode, Integer rating, boolean mayRate, boolean mayReopen, List<Step> steps) {

    public TrackedFeedback {
        steps = List.copyOf(steps);
    }

    /** A public step of the timeline (never a staff member's name). */
    public record Step(Instant at, String kindKey, String unitName, String note) {
    }
}
