package vn.cityhall.zalo.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.zalo.ZaloSettings;

/**
 * Sends the outbox's due messages. Runs every {@code cityhall.zalo.outbox.poll-interval} and right after
 * a transaction that queued a message commits. Several nodes may run it at once: each message is claimed
 * for a lease ({@link OutboxRows#claim}), sent outside any transaction, and its outcome recorded.
 * <ul>
 * <li>accepted: SENT with Zalo's message id;</li>
 * <li>{@code -32}, HTTP 5xx, timeouts, network errors: retried after {@code retry-delay} doubled at each
 * attempt, with jitter, until {@code max-attempts}, then DEAD;</li>
 * <li>{@code -216}/{@code -220}: the token is refreshed once and the message sent once more, never in a loop;</li>
 * <li>window and recipient errors: for a text, the ZNS status template to the citizen's phone when one is
 * configured and the citizen consented; otherwise (and always for a {@code request_user_info} card)
 * UNDELIVERABLE;</li>
 * <li>anything else: DEAD, with Zalo's answer kept beside the payload.</li>
 * </ul>
 * A node that stops after Zalo accepted a message but before recording it leaves it to be sent again when
 * the lease ends (Zalo has no idempotency key): the only way a message can go out twice.
 */
@Component
public class ZaloOutboxWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ZaloOutboxWorker.class);
    private static final int BATCH = 50;
    private static final Duration MAX_DELAY = Duration.ofHours(1);

    private final OutboxRows rows;
    private final ZaloTokens tokens;
    private final ZaloApi api;
    private final ZaloSettings settings;
    private final JsonMapper json;
    private final Clock clock;
    private final boolean automatic;
    private final ExecutorService wakeups = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "zalo-outbox");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeupPending = new AtomicBoolean();

    ZaloOutboxWorker(OutboxRows rows, ZaloTokens tokens, ZaloApi api, ZaloSettings settings, JsonMapper json,
            Clock clock, @Value("${cityhall.zalo.outbox.automatic:true}") boolean automatic) {
        this.rows = rows;
        this.tokens = tokens;
        this.api = api;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.automatic = automatic;
    }

    @Scheduled(fixedDelayString = "${cityhall.zalo.outbox.poll-interval:5s}",
            initialDelayString = "${cityhall.zalo.outbox.poll-interval:5s}")
    void poll() {
        if (automatic && settings.enabled()) {
            drain();
        }
    }

    /** Called after a transaction that queued messages commits: sends them now rather than at the next poll. */
    void wake() {
        if (automatic && settings.enabled() && wakeupPending.compareAndSet(false, true)) {
            wakeups.execute(() -> {
                wakeupPending.set(false);
                drain();
            });
        }
    }

    /** Sends every message due now, batch after batch; returns how many were handled. */
    public int drain() {
        int handled = 0;
        List<Long> due;
        do {
            Instant now = clock.instant();
            due = rows.due(now, BATCH);
            for (Long id : due) {
                if (rows.claim(id, now, now.plus(lease()))) {
                    handled++;
                    Optional<OutboxRow> message = rows.find(id);
                    if (message.isPresent() && !sendSafely(message.get())) {
                        // No token: the rest would fail the same way; the next poll tries again.
                        return handled;
                    }
                }
            }
        } while (due.size() == BATCH);
        return handled;
    }

    /** Longer than one send with a refresh and a retry can take, so a live node never loses its claim. */
    Duration lease() {
        return settings.connectTimeout().plus(settings.requestTimeout()).multipliedBy(5).plusSeconds(30);
    }

    /** Sends one message; false when no access token could be had. */
    private boolean sendSafely(OutboxRow message) {
        try {
            return send(message);
        } catch (RuntimeException e) {
            // A bug or an unusable configuration (e.g. no token key): keep the message and try again later.
            log.error("Zalo outbox message {} failed unexpectedly", message.id(), e);
            retryOrGiveUp(message, message.channel(), null, e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
    }

    private boolean send(OutboxRow message) {
        OutboxPayload payload = json.readValue(message.payload(), OutboxPayload.class);
        OutboxChannel channel = message.channel();
        while (true) {
            AccessToken token = tokens.current();
            if (!token.available()) {
                retryOrGiveUp(message, channel, null, token.failure());
                return false;
            }
            ZaloAnswer answer = call(message, channel, payload, token.value());
            SendVerdict verdict = SendVerdict.of(channel, answer);
            if (verdict == SendVerdict.REAUTH) {
                AccessToken replaced = tokens.replace(token.value());
                if (!replaced.available()) {
                    retryOrGiveUp(message, channel, answer.code(), replaced.failure());
                    return false;
                }
                answer = call(message, channel, payload, replaced.value());
                verdict = SendVerdict.of(channel, answer);
                if (verdict == SendVerdict.REAUTH) {
                    // Refreshed once already: count it as a failed attempt, never loop.
                    verdict = SendVerdict.RETRY;
                }
            }
            switch (verdict) {
                case ACCEPTED -> {
                    rows.markSent(message.id(), channel, answer.messageId(),
                            channel == OutboxChannel.ZNS ? trackingId(message) : null, clock.instant());
                    return true;
                }
                case RETRY -> {
                    retryOrGiveUp(message, channel, answer.code(), answer.body());
                    return true;
                }
                case UNREACHABLE -> {
                    if (channel == OutboxChannel.CS && znsPossible(message)) {
                        log.info("Zalo outbox message {}: error {}, falling back to ZNS", message.id(), answer.code());
                        channel = OutboxChannel.ZNS;
                        continue;
                    }
                    rows.giveUp(message.id(), OutboxStatus.UNDELIVERABLE, channel, answer.code(), answer.body());
                    return true;
                }
                default -> {
                    log.warn("Zalo outbox message {} refused ({}): {}", message.id(), answer.code(), answer.body());
                    rows.giveUp(message.id(), OutboxStatus.DEAD, channel, answer.code(), answer.body());
                    return true;
                }
            }
        }
    }

    private ZaloAnswer call(OutboxRow message, OutboxChannel channel, OutboxPayload payload, String token) {
        return switch (channel) {
            case CS -> ZaloOutbox.USER_INFO.equals(message.kind())
                    ? api.sendUserInfoRequest(token, message.userId(), payload.userInfo())
                    : api.sendText(token, message.userId(), payload.text());
            case ZNS -> api.sendTemplate(token, message.phone(), settings.znsStatusTemplateId(),
                    payload.templateData(), trackingId(message));
        };
    }

    /** Only for a text: the status template has nothing that could stand for a {@code request_user_info} card. */
    private boolean znsPossible(OutboxRow message) {
        return ZaloOutbox.TEXT.equals(message.kind()) && settings.znsStatusTemplateId() != null && !settings.znsStatusTemplateId().isBlank()
                && message.phoneConsented() && ZaloPhones.normalize(message.phone()).isPresent();
    }

    /** The ZNS {@code tracking_id}: the outbox id, which the ZNS delivery receipt brings back. */
    static String trackingId(OutboxRow message) {
        return "cityhall-" + message.id();
    }

    private void retryOrGiveUp(OutboxRow message, OutboxChannel channel, Integer code, String body) {
        // The claim counted this attempt already.
        if (message.attempts() >= settings.maxAttempts()) {
            log.warn("Zalo outbox message {} dead after {} attempts: {}", message.id(), message.attempts(), body);
            rows.giveUp(message.id(), OutboxStatus.DEAD, channel, code, body);
            return;
        }
        rows.retryAt(message.id(), channel, clock.instant().plus(backoff(message.attempts())), code, body);
    }

    /** {@code retry-delay} doubled after each attempt (at most an hour), between half and all of it at random. */
    Duration backoff(int attempts) {
        Duration full = settings.retryDelay().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        if (full.compareTo(MAX_DELAY) > 0) {
            full = MAX_DELAY;
        }
        long half = full.toMillis() / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    @Override
    public void destroy() {
        wakeups.shutdownNow();
    }
}
