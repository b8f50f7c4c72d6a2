package vn.cityhall.zalo;

import java.time.Instant;
import java.util.List;

/**
 * Zalo told us that a user received ({@code user_received_message}) or read ({@code user_seen_message})
 * messages the OA sent: published by the webhook's processing, applied by the outbox to its messages.
 *
 * @param userId the Zalo user id (a string of digits, above 2^53)
 * @param messageIds Zalo's {@code message_id}s (or a ZNS {@code tracking_id}) the receipt is about
 * @param seen {@code true} for a read receipt, {@code false} for a delivery receipt
 * @param at when Zalo says it happened
 */
public record ZaloReceipt(String userId, List<String> messageIds, boolean seen, Instant at) {
}
