package vn.cityhall.zalo.outbound;

import java.time.Instant;

/** A row of {@code zalo_outbox}, as the worker and the administration read it. */
record OutboxRow(long id, String idempotencyKey, String userId, String phone, boolean phoneConsented, String kind,
        OutboxChannel channel, String payload, Long feedbackId, OutboxStatus status, int attempts,
        Instant nextAttemptAt, Integer lastErrorCode, String lastErrorBody, String zaloMessageId, String trackingId,
        Instant createdAt, Instant sentAt, Instant deliveredAt, Instant seenAt) {
}
