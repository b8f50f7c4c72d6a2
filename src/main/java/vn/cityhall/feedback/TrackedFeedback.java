package vn.cityhall.feedback;

import java.time.Instant;

/** What the sender sees when tracking their item: its code, where it stands and what they wrote. */
public record TrackedFeedback(String code, FeedbackStatus status, Instant receivedAt, String categoryName, String text,
        String address) {
}
