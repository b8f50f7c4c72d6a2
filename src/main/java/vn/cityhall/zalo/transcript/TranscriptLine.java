package vn.cityhall.zalo.transcript;

import java.time.Instant;

/**
 * One message of a conversation, as staff read it.
 *
 * @param incoming {@code true} for what the citizen sent, {@code false} for what the OA sent
 * @param kindKey the message key of what it was when it has no text (a photo, a location...), or {@code null}
 * @param statusKey the delivery status's message key of an outgoing message, or {@code null}
 * @param feedbackId the feedback item an outgoing message is about, or {@code null}
 */
public record TranscriptLine(Instant at, String time, boolean incoming, String text, String kindKey, String statusKey,
        Long feedbackId) {
}
