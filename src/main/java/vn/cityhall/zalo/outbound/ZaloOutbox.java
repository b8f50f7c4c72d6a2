package vn.cityhall.zalo.outbound;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.zalo.ZaloReceipt;

/**
 * The way every message to a citizen on Zalo goes out: queued in {@code zalo_outbox} inside the caller's
 * transaction (so it exists exactly when the change it reports does) and sent by the
 * {@link ZaloOutboxWorker} after the commit, with retries, token refresh and the ZNS fallback. A key
 * identifies each message: queueing the same key again queues nothing, so a redelivered event never
 * messages the citizen twice. Receipts from the webhook move sent messages to DELIVERED and SEEN. A message
 * is a text ({@link #enqueueText}) or the {@code request_user_info} card ({@link #enqueueUserInfoRequest}).
 */
@Service
@Transactional
public class ZaloOutbox {

    static final String TEXT = "TEXT";
    /** A {@code request_user_info} card; no ZNS fallback exists for it. */
    static final String USER_INFO = "USER_INFO";
    /** Room left in the key column for the part suffix of a long text. */
    static final int MAX_KEY = 190;

    private final OutboxRows rows;
    private final ZaloOutboxWorker worker;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ZaloOutbox(OutboxRows rows, ZaloOutboxWorker worker, JsonMapper json, Clock clock,
            ApplicationEventPublisher events) {
        this.rows = rows;
        this.worker = worker;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /** {@link #enqueueText(String, ZaloRecipient, String, Long, Map)} with the default ZNS parameters. */
    public List<Long> enqueueText(String idempotencyKey, ZaloRecipient recipient, String text, Long feedbackId) {
        return enqueueText(idempotencyKey, recipient, text, feedbackId, Map.of());
    }

    /**
     * Queues a text for a citizen. A text longer than Zalo's 2,000 characters becomes several messages,
     * split between words, with the keys {@code key#1}, {@code key#2} …; a shorter one keeps the key.
     *
     * @param idempotencyKey identifies the message, e.g. {@code feedback.answered:42}; at most 190 characters
     * @param feedbackId the feedback item the message is about, or {@code null}
     * @param znsData the ZNS status template's parameters for a fallback outside the window, or empty
     * @return the outbox ids of the parts, whether queued now or before
     */
    public List<Long> enqueueText(String idempotencyKey, ZaloRecipient recipient, String text, Long feedbackId,
            Map<String, String> znsData) {
        checkKey(idempotencyKey);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An outbound message needs a text");
        }
        List<String> parts = ZaloTexts.split(text);
        List<Long> ids = new ArrayList<>();
        boolean queued = false;
        for (int i = 0; i < parts.size(); i++) {
            String key = parts.size() == 1 ? idempotencyKey : idempotencyKey + "#" + (i + 1);
            String payload = json.writeValueAsString(OutboxPayload.text(parts.get(i), znsData));
            queued |= rows.insertIfAbsent(key, recipient, TEXT, payload, feedbackId, clock.instant());
            ids.add(rows.idOf(key).orElseThrow());
        }
        if (queued) {
            wakeWorkerAfterCommit();
        }
        return ids;
    }

    /**
     * Queues the {@code request_user_info} card for a citizen, with the guarantees of a text (one message per
     * key, retries, statuses, receipts). Outside the 7-day window it is UNDELIVERABLE: a ZNS template cannot
     * ask for the profile, so there is no fallback. Staff see the card's title and subtitle as its text.
     *
     * @param idempotencyKey identifies the message; at most 190 characters
     * @param feedbackId the feedback item the message is about, or {@code null}
     * @return the outbox id, whether queued now or before
     */
    public long enqueueUserInfoRequest(String idempotencyKey, ZaloRecipient recipient, ZaloUserInfoRequest card,
            Long feedbackId) {
        checkKey(idempotencyKey);
        if (card == null) {
            throw new IllegalArgumentException("A request_user_info message needs its card");
        }
        String payload = json.writeValueAsString(OutboxPayload.userInfo(card));
        if (rows.insertIfAbsent(idempotencyKey, recipient, USER_INFO, payload, feedbackId, clock.instant())) {
            wakeWorkerAfterCommit();
        }
        return rows.idOf(idempotencyKey).orElseThrow();
    }

    /** The latest messages to a Zalo user, newest first, with their delivery status, for staff. */
    @Transactional(readOnly = true)
    public List<ZaloOutboundMessage> messagesTo(String userId, int limit) {
        return rows.toUser(userId, limit).stream().map(this::view).toList();
    }

    /** The messages about a feedback item, oldest first, with their delivery status, for staff. */
    @Transactional(readOnly = true)
    public List<ZaloOutboundMessage> messagesAbout(long feedbackId) {
        return rows.ofFeedback(feedbackId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ZaloOutboundMessage> message(long id) {
        return rows.find(id).map(this::view);
    }

    /** Applies a delivery or read receipt from the webhook, in its transaction. Statuses never move back. */
    @EventListener
    void on(ZaloReceipt receipt) {
        if (receipt.messageIds() == null || receipt.messageIds().isEmpty()) {
            return;
        }
        List<String> ids = receipt.messageIds().stream().filter(id -> id != null && !id.isBlank()).toList();
        if (ids.isEmpty()) {
            return;
        }
        Instant at = receipt.at() == null ? clock.instant() : receipt.at();
        if (receipt.seen()) {
            rows.seen(ids, at);
        } else {
            rows.delivered(ids, at);
        }
    }

    /**
     * Sends a dead or undeliverable message again: back to PENDING with no attempts, by a CS message first.
     *
     * @throws OutboxRefusal when there is no such message or it is not dead or undeliverable
     */
    public void resend(long id) {
        OutboxRow message = rows.find(id).orElseThrow(() -> new OutboxRefusal("zalooutbound.error.notFound", id));
        if (!message.status().resendable() || !rows.resend(id, clock.instant())) {
            throw new OutboxRefusal("zalooutbound.error.notResendable", id);
        }
        events.publishEvent(new ZaloMessageResent(id, message.idempotencyKey(), message.status(), AuditActor.current()));
        wakeWorkerAfterCommit();
    }

    ZaloOutboundMessage view(OutboxRow row) {
        String text = json.readValue(row.payload(), OutboxPayload.class).text();
        return new ZaloOutboundMessage(row.id(), row.idempotencyKey(), row.userId(), row.feedbackId(), row.channel(),
                row.status(), row.attempts(), text, row.lastErrorCode(), row.lastErrorBody(), row.zaloMessageId(),
                row.createdAt(), row.sentAt(), row.deliveredAt(), row.seenAt());
    }

    private static void checkKey(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY) {
            throw new IllegalArgumentException("An outbound message needs a key of 1 to 190 characters");
        }
    }

    private void wakeWorkerAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake();
                }
            });
        } else {
            worker.wake();
        }
    }
}
