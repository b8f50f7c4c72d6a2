package vn.cityhall.zalo.outbound;

import java.time.Instant;

/**
 * One message of the outbox as staff see it, e.g. on a feedback item: what was said, whether it reached
 * the citizen, and if not, Zalo's reason.
 *
 * @param text the message's text
 * @param lastErrorCode Zalo's error (or the HTTP status) of the last failed attempt, or {@code null}
 * @param lastError Zalo's answer to that attempt, or {@code null}
 * @param zaloMessageId Zalo's id of the sent message (CS {@code message_id} or ZNS {@code msg_id}), or {@code null}
 */
public record ZaloOutboundMessage(long id, String idempotencyKey, String userId, Long feedbackId, OutboxChannel channel,
        OutboxStatus status, int attempts, String text, Integer lastErrorCode, String lastError, String zaloMessageId,
        Instant createdAt, Instant sentAt, Instant deliveredAt, Instant seenAt) {
}
