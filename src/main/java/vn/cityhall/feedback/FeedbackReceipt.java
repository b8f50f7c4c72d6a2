package vn.cityhall.feedback;

import java.time.Instant;

/**
 * What the sender gets back: the tracking code, the secret of their private link (shown once, stored
 * only as a hash), and when screening is due.
 */
public record FeedbackReceipt(long id, String code, String accessToken, Instant screeningDueAt) {
}
