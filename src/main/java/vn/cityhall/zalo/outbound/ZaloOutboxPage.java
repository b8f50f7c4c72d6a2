package vn.cityhall.zalo.outbound;

import java.util.List;

/**
 * What {@code /admin/zalo/outbox} shows: the backlog per status, the oldest waiting message, the token's
 * state, and the messages that need an administrator (dead letters and undeliverable messages).
 *
 * @param oldestPending when the oldest waiting message was queued (HH:mm dd/MM/yyyy), or {@code null}
 * @param tokenExpires when the access token expires (formatted), or {@code null} when none is stored
 * @param refreshFailedSince when token refreshes began failing (formatted), or {@code null}
 * @param webhook what came in through the webhook
 */
public record ZaloOutboxPage(List<Count> counts, String oldestPending, String tokenExpires, String refreshFailedSince,
        String refreshError, List<Line> problems, Webhook webhook) {

    /**
     * The webhook's side of the channel's health.
     *
     * @param lastReceived when the latest event was stored (formatted), or {@code null} if none ever was
     * @param pending events stored and not processed yet
     * @param failed events given up on
     * @param refusedToday calls refused in the last 24 hours (bad signature, another app, not an event)
     */
    public record Webhook(String lastReceived, long pending, long failed, long refusedToday) {
    }

    /** The number of messages in one status; {@code statusKey} is the status's message key. */
    public record Count(String status, String statusKey, long count) {
    }

    /** A dead or undeliverable message with Zalo's last answer and what it said. */
    public record Line(long id, String key, String userId, Long feedbackId, String status, String statusKey,
            String channel, int attempts, String errorCode, String error, String text, String created) {

        public boolean dead() {
            return "DEAD".equals(status);
        }
    }
}
