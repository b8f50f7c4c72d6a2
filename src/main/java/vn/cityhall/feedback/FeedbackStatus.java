package vn.cityhall.feedback;

/** Where an item stands: waiting for screening, accepted, refused, merged into another, with a unit, answered, closed. */
public enum FeedbackStatus {
    RECEIVED, ACCEPTED, REJECTED, DUPLICATE, ASSIGNED, ANSWERED, CLOSED
}
