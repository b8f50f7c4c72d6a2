package vn.cityhall.zalo.webhook;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.zalo.webhook.EventParser.Ignored;
import vn.cityhall.zalo.webhook.EventParser.Inbound;
import vn.cityhall.zalo.webhook.EventParser.Parsed;
import vn.cityhall.zalo.webhook.EventParser.Receipt;

/**
 * Processes one stored event in one transaction: claims it (unless another node has, or an earlier event of
 * the same user is still pending), parses it, updates what is known of the user, publishes a
 * {@link ZaloInbound} or a {@link vn.cityhall.zalo.ZaloReceipt}, and marks it processed. Synchronous listeners
 * run inside that transaction: if one throws, everything rolls back and the failure is recorded in a
 * transaction of its own (one more attempt, the error, the next try after a growing delay; FAILED after the
 * configured attempts, or at once for an event that can never be understood). Failed events stay in the table.
 */
@Component
class InboundProcessing {

    /** How one call ended. */
    enum Result { DONE, SKIPPED, FAILED }

    private static final Logger log = LoggerFactory.getLogger(InboundProcessing.class);

    private final InboundEvents events;
    private final InboundMedia media;
    private final ZaloUsers users;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final ZaloWebhookSettings settings;
    private final JsonMapper json;
    private final java.time.Clock clock;

    InboundProcessing(InboundEvents events, InboundMedia media, ZaloUsers users, ApplicationEventPublisher publisher,
            TransactionTemplate transactions, ZaloWebhookSettings settings, JsonMapper json, java.time.Clock clock) {
        this.events = events;
        this.media = media;
        this.users = users;
        this.publisher = publisher;
        this.transactions = transactions;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    Result process(long id) {
        try {
            Boolean done = transactions.execute(status -> processClaimed(id));
            return Boolean.TRUE.equals(done) ? Result.DONE : Result.SKIPPED;
        } catch (MalformedEvent e) {
            recordFailure(id, e, true);
            return Result.FAILED;
        } catch (RuntimeException e) {
            recordFailure(id, e, false);
            return Result.FAILED;
        }
    }

    private boolean processClaimed(long id) {
        Optional<InboundEvents.Claimed> claimed = events.claim(id);
        if (claimed.isEmpty()) {
            return false;
        }
        InboundEvents.Claimed event = claimed.get();
        JsonNode body = json.readTree(event.rawBody());
        Parsed parsed = EventParser.parse(event.id(), event.eventName(), body,
                EventParser.carriesMedia(event.eventName()) ? media.forEvent(event.id()) : Map.of());
        remember(event, body, parsed);
        if (parsed instanceof Inbound inbound) {
            publisher.publishEvent(inbound.event());
        } else if (parsed instanceof Receipt receipt) {
            publisher.publishEvent(receipt.receipt());
        }
        events.finish(event.id(), parsed instanceof Ignored ? InboundEvents.Status.IGNORED
                : InboundEvents.Status.PROCESSED, clock.instant());
        return true;
    }

    /**
     * Keeps {@code zalo_user} up to date: any {@code user_*} event but the receipts (which Zalo's devices send,
     * not the user), a follow and shared info count as an interaction, as zalo-oa.md §5.1 lists them.
     */
    private void remember(InboundEvents.Claimed event, JsonNode body, Parsed parsed) {
        Instant at = Instant.ofEpochMilli(event.zaloTs());
        if (parsed instanceof Inbound inbound && inbound.event().userId().length() <= WebhookEnvelope.MAX_USER_ID) {
            String user = inbound.event().userId();
            ZaloInbound.Payload payload = inbound.event().payload();
            if (payload instanceof ZaloInbound.Unfollow) {
                users.followChanged(user, false, at, event.zaloTs());
                return;
            }
            users.interacted(user, at);
            if (payload instanceof ZaloInbound.Follow) {
                users.followChanged(user, true, at, event.zaloTs());
            } else if (payload instanceof ZaloInbound.SubmitInfo info) {
                users.shared(user, info.name(), info.phone(), at);
            }
        } else if (parsed instanceof Ignored && event.eventName().startsWith("user_")
                && !WebhookEnvelope.RECEIPTS.contains(event.eventName())) {
            String user = EventParser.userOf(body);
            if (user != null && user.length() <= WebhookEnvelope.MAX_USER_ID) {
                users.interacted(user, at);
            }
        }
    }

    private void recordFailure(long id, RuntimeException error, boolean permanent) {
        Instant now = clock.instant();
        Integer attempts = transactions.execute(status -> events.lockAttempts(id).map(before -> {
            int made = before + 1;
            boolean giveUp = permanent || made >= settings.processingAttempts();
            events.recordFailure(id, made, describe(error), now.plus(settings.delayAfter(made)), giveUp);
            return giveUp ? -made : made;
        }).orElse(0));
        if (attempts == null || attempts == 0) {
            return;
        }
        if (attempts < 0) {
            log.error("Zalo event {} failed for good after {} attempt(s); it stays in zalo_inbound_event as FAILED", id,
                    -attempts, error);
        } else {
            log.warn("Zalo event {} failed (attempt {} of {}), will be tried again: {}", id, attempts,
                    settings.processingAttempts(), describe(error));
        }
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(error.getClass().getSimpleName()).append(": ").append(error.getMessage());
        Throwable cause = error.getCause();
        if (cause != null && cause != error) {
            text.append(" / ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
