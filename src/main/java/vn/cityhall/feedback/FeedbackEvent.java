package vn.cityhall.feedback;

import vn.cityhall.shared.Audited;

/**
 * A step in an item's life, published in the transaction that makes it and delivered after commit to
 * the other modules (tasks, notifications, Zalo, reporting) and to the audit trail.
 */
public interface FeedbackEvent extends Audited {

    long feedbackId();

    /** The tracking code, e.g. {@code PA-2026-000123}. */
    String code();

    @Override
    default String auditTargetType() {
        return "Feedback";
    }

    @Override
    default String auditTargetId() {
        return code();
    }
}
