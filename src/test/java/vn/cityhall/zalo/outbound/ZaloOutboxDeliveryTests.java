package vn.cityhall.zalo.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.organization.People;
import vn.cityhall.zalo.ZaloReceipt;
import vn.cityhall.zalo.ZaloSettings;
import vn.cityhall.zalo.fake.FakeCall;
import vn.cityhall.zalo.fake.FakeEndpoint;
import vn.cityhall.zalo.fake.FakeFailure;
import vn.cityhall.zalo.fake.FakeMessage;

/** The outbox against the fake Zalo over HTTP: delivery, retries, token rotation, the ZNS fallback, receipts. */
@RecordApplicationEvents
class ZaloOutboxDeliveryTests extends FakeZaloContext {

    private static final String CITIZEN = "2468458835296197922";
    private static final String OTHER = "8410993300051512345";

    @Autowired
    ZaloOutbox outbox;

    @Autowired
    ZaloOutboxWorker worker;

    @Autowired
    ZaloTokens tokens;

    @Autowired
    ZaloApi api;

    @Autowired
    OutboxRows rows;

    @Autowired
    ZaloSettings settings;

    @Autowired
    JsonMapper json;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    People people;

    @Autowired
    ApplicationEvents events;

    private List<Long> enqueue(String key, ZaloRecipient recipient, String text) {
        return enqueue(key, recipient, text, null, Map.of());
    }

    private List<Long> enqueue(String key, ZaloRecipient recipient, String text, Long feedbackId,
            Map<String, String> zns) {
        return transactions.execute(status -> outbox.enqueueText(key, recipient, text, feedbackId, zns));
    }

    private ZaloOutboundMessage message(long id) {
        return outbox.message(id).orElseThrow();
    }

    private List<FakeCall> calls(FakeEndpoint endpoint) {
        return zalo.calls(endpoint);
    }

    @Test
    void deliversAMessageOnceHoweverOftenItIsQueued() {
        String text = "Phản ánh PA-2026-000001 của bạn đã được tiếp nhận.";
        List<Long> first = enqueue("feedback.received:1", ZaloRecipient.user(CITIZEN), text);
        assertThat(enqueue("feedback.received:1", ZaloRecipient.user(CITIZEN), text)).isEqualTo(first);

        assertThat(worker.drain()).isEqualTo(1);
        assertThat(worker.drain()).isZero();
        assertThat(enqueue("feedback.received:1", ZaloRecipient.user(CITIZEN), text)).isEqualTo(first);
        assertThat(worker.drain()).isZero();

        List<FakeMessage> received = zalo.messagesTo(CITIZEN);
        assertThat(received).singleElement().satisfies(sent -> assertThat(sent.text()).isEqualTo(text));
        ZaloOutboundMessage stored = message(first.get(0));
        assertThat(stored.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(stored.zaloMessageId()).isEqualTo(received.get(0).messageId());
        assertThat(stored.sentAt()).isEqualTo(START);
        assertThat(calls(FakeEndpoint.OAUTH)).as("started from the initial refresh token").hasSize(1);
        String storedAccess = jdbc.sql("select access_token from zalo_token").query(String.class).single();
        assertThat(storedAccess).as("encrypted at rest").isNotBlank()
                .isNotEqualTo(calls(FakeEndpoint.CS).get(0).accessToken());
    }

    @Test
    void refreshesTheTokenAfterMinus216AndSendsAgain() {
        enqueue("a", ZaloRecipient.user(CITIZEN), "Một");
        worker.drain();
        zalo.expireAccessTokens();

        long id = enqueue("b", ZaloRecipient.user(CITIZEN), "Hai").get(0);
        worker.drain();

        assertThat(message(id).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(calls(FakeEndpoint.CS)).extracting(call -> json.readTree(call.answer()).path("error").asInt())
                .containsExactly(0, -216, 0);
        assertThat(calls(FakeEndpoint.OAUTH)).hasSize(2);
        assertThat(zalo.messagesTo(CITIZEN)).extracting(FakeMessage::text).containsExactly("Một", "Hai");
    }

    @Test
    void refreshesOnlyOnceWhenTheNewTokenIsRejectedToo() {
        zalo.inject(FakeFailure.error(FakeEndpoint.CS, 2, -216));
        long id = enqueue("a", ZaloRecipient.user(CITIZEN), "Một").get(0);
        worker.drain();

        assertThat(message(id).status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message(id).lastErrorCode()).isEqualTo(-216);
        assertThat(calls(FakeEndpoint.CS)).hasSize(2);
        assertThat(calls(FakeEndpoint.OAUTH)).as("the initial refresh and one more").hasSize(2);

        clock.advance(Duration.ofMinutes(1));
        worker.drain();
        assertThat(message(id).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(calls(FakeEndpoint.OAUTH)).hasSize(2);
    }

    @Test
    void rotatesTheRefreshTokenAndTheSpentOneFails() {
        AccessToken first = tokens.current();
        String firstRefresh = storedRefreshToken();
        assertThat(firstRefresh).isEqualTo(json.readTree(calls(FakeEndpoint.OAUTH).get(0).answer())
                .path("refresh_token").asString());

        AccessToken second = tokens.replace(first.value());
        String secondRefresh = storedRefreshToken();
        assertThat(second.value()).isNotEqualTo(first.value());
        assertThat(secondRefresh).isNotEqualTo(firstRefresh).isEqualTo(json
                .readTree(calls(FakeEndpoint.OAUTH).get(1).answer()).path("refresh_token").asString());
        assertThat(tokens.current().value()).as("the new pair is the stored one").isEqualTo(second.value());

        assertThat(api.refresh(firstRefresh).succeeded()).as("a spent refresh token").isFalse();
        assertThat(api.refresh(settings.initialRefreshToken()).succeeded()).isFalse();
        assertThat(storedRefreshToken()).isEqualTo(secondRefresh);
    }

    @Test
    void concurrentRefreshesSpendOneRefreshToken() throws Exception {
        AccessToken rejected = tokens.current();
        int before = calls(FakeEndpoint.OAUTH).size();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(threads.submit(() -> {
                    go.await();
                    return tokens.replace(rejected.value());
                }));
            }
            go.countDown();
            AccessToken one = results.get(0).get();
            AccessToken other = results.get(1).get();
            assertThat(one.value()).isNotNull().isNotEqualTo(rejected.value()).isEqualTo(other.value());
        } finally {
            threads.shutdownNow();
        }
        assertThat(calls(FakeEndpoint.OAUTH)).hasSize(before + 1);
        assertThat(calls(FakeEndpoint.OAUTH)).as("no spent refresh token was offered")
                .allSatisfy(call -> assertThat(call.answer()).contains("\"access_token\""));
    }

    @Test
    void fallsBackToZnsOutsideTheWindowWhenTheCitizenConsented() {
        zalo.interacted(CITIZEN, START.minus(Duration.ofDays(8)));
        long id = enqueue("feedback.answered:42", new ZaloRecipient(CITIZEN, "0912 345 678", true),
                "Phản ánh PA-2026-000042 đã có trả lời.", 42L, Map.of("ma_ho_so", "PA-2026-000042")).get(0);
        worker.drain();

        ZaloOutboundMessage sent = message(id);
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.channel()).isEqualTo(OutboxChannel.ZNS);
        assertThat(zalo.messagesTo(CITIZEN)).isEmpty();
        FakeMessage zns = zalo.messagesTo("84912345678").get(0);
        assertThat(zns.trackingId()).isEqualTo("cityhall-" + id);
        assertThat(zns.text()).contains("PA-2026-000042");
        assertThat(sent.zaloMessageId()).isEqualTo(zns.messageId());

        publisher.publishEvent(new ZaloReceipt(CITIZEN, List.of("cityhall-" + id), false, START.plusSeconds(5)));
        assertThat(message(id).status()).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void marksAMessageUndeliverableWithoutConsentOrTemplate() {
        zalo.interacted(CITIZEN, START.minus(Duration.ofDays(8)));
        long noConsent = enqueue("k1", new ZaloRecipient(CITIZEN, "0912345678", false), "Một", 7L, Map.of()).get(0);
        worker.drain();
        assertThat(message(noConsent).status()).isEqualTo(OutboxStatus.UNDELIVERABLE);

        long noTemplate = enqueue("k2", new ZaloRecipient(CITIZEN, "0912345678", true), "Hai", 7L, Map.of()).get(0);
        workerWith(withoutZnsTemplate(settings)).drain();
        assertThat(message(noTemplate).status()).isEqualTo(OutboxStatus.UNDELIVERABLE);

        assertThat(outbox.messagesAbout(7L)).extracting(ZaloOutboundMessage::id, ZaloOutboundMessage::lastErrorCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(noConsent, -230),
                        org.assertj.core.groups.Tuple.tuple(noTemplate, -230));
        assertThat(outbox.messagesAbout(7L)).allSatisfy(message ->
                assertThat(message.lastError()).contains("User has not interacted with the OA in the past 7 days"));
        assertThat(zalo.messages()).isEmpty();
    }

    @Test
    void backsOffAfterTheRateLimitThenSends() {
        zalo.inject(FakeFailure.error(FakeEndpoint.CS, 1, -32));
        long id = enqueue("a", ZaloRecipient.user(CITIZEN), "Một").get(0);
        worker.drain();

        assertThat(message(id).status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message(id).attempts()).isEqualTo(1);
        assertThat(message(id).lastErrorCode()).isEqualTo(-32);
        Instant next = jdbc.sql("select next_attempt_at from zalo_outbox where id = :id").param("id", id)
                .query(OffsetDateTime.class).single().toInstant();
        assertThat(next).isBetween(START.plus(settings.retryDelay().dividedBy(2)), START.plus(settings.retryDelay()));
        assertThat(worker.drain()).as("not due yet").isZero();

        clock.set(next);
        worker.drain();
        assertThat(message(id).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(message(id).attempts()).isEqualTo(2);
        assertThat(zalo.messagesTo(CITIZEN)).hasSize(1);
    }

    @Test
    void deliversEveryQueuedMessageOnceAfterAFiveMinuteOutage() {
        zalo.outage(true);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            ids.addAll(enqueue("outage:" + i, ZaloRecipient.user(i % 2 == 0 ? CITIZEN : OTHER), "Tin số " + i));
        }
        Instant end = START.plus(Duration.ofMinutes(5));
        while (clock.instant().isBefore(end)) {
            worker.drain();
            clock.advance(Duration.ofSeconds(5));
        }
        assertThat(ids).allSatisfy(id -> assertThat(message(id).status()).isEqualTo(OutboxStatus.PENDING));
        assertThat(zalo.messages()).isEmpty();

        zalo.outage(false);
        Instant giveUp = clock.instant().plus(Duration.ofHours(2));
        while (ids.stream().anyMatch(id -> message(id).status() == OutboxStatus.PENDING)
                && clock.instant().isBefore(giveUp)) {
            clock.advance(Duration.ofSeconds(10));
            worker.drain();
        }
        assertThat(ids).allSatisfy(id -> assertThat(message(id).status()).isEqualTo(OutboxStatus.SENT));
        assertThat(zalo.messages()).hasSize(20).extracting(FakeMessage::text).doesNotHaveDuplicates();
        assertThat(tokens.health().refreshFailing()).as("refreshed once Zalo was back").isFalse();
    }

    @Test
    void aRestartedWorkerSendsWhatWasLeftPending() {
        long waiting = enqueue("a", ZaloRecipient.user(CITIZEN), "Chờ gửi").get(0);
        long abandoned = enqueue("b", ZaloRecipient.user(CITIZEN), "Bỏ dở").get(0);
        // A node took the second message and died before sending it.
        assertThat(rows.claim(abandoned, START, START.plus(worker.lease()))).isTrue();

        ZaloOutboxWorker restarted = workerWith(settings);
        assertThat(restarted.drain()).isEqualTo(1);
        assertThat(message(waiting).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(message(abandoned).status()).as("still leased").isEqualTo(OutboxStatus.PENDING);

        clock.advance(worker.lease().plusSeconds(1));
        assertThat(restarted.drain()).isEqualTo(1);
        assertThat(message(abandoned).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(zalo.messagesTo(CITIZEN)).extracting(FakeMessage::text).containsExactly("Chờ gửi", "Bỏ dở");
    }

    @Test
    void receiptsMoveTheStatusForwardOnly() {
        long first = enqueue("a", ZaloRecipient.user(CITIZEN), "Một").get(0);
        long second = enqueue("b", ZaloRecipient.user(CITIZEN), "Hai").get(0);
        worker.drain();
        String firstId = message(first).zaloMessageId();
        String secondId = message(second).zaloMessageId();

        publisher.publishEvent(new ZaloReceipt(CITIZEN, List.of(firstId), false, START.plusSeconds(1)));
        assertThat(message(first).status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(message(second).status()).isEqualTo(OutboxStatus.SENT);

        publisher.publishEvent(new ZaloReceipt(CITIZEN, List.of(firstId, secondId), true, START.plusSeconds(2)));
        assertThat(message(first).status()).isEqualTo(OutboxStatus.SEEN);
        assertThat(message(second).status()).isEqualTo(OutboxStatus.SEEN);
        assertThat(message(second).deliveredAt()).isEqualTo(START.plusSeconds(2));

        publisher.publishEvent(new ZaloReceipt(CITIZEN, List.of(secondId), false, START.plusSeconds(3)));
        assertThat(message(second).status()).as("a late delivery receipt").isEqualTo(OutboxStatus.SEEN);
        assertThat(message(second).deliveredAt()).isEqualTo(START.plusSeconds(2));
    }

    @Test
    void splitsA2500CharacterTextIntoTwoMessages() {
        String text = ("Nội dung trả lời chi tiết " + "x".repeat(20) + " ").repeat(55).substring(0, 2499) + ".";
        assertThat(text).hasSize(2500);
        List<Long> ids = enqueue("feedback.answered:7", ZaloRecipient.user(CITIZEN), text);

        assertThat(ids).hasSize(2);
        assertThat(ids).extracting(id -> message(id).idempotencyKey())
                .containsExactly("feedback.answered:7#1", "feedback.answered:7#2");
        assertThat(enqueue("feedback.answered:7", ZaloRecipient.user(CITIZEN), text)).isEqualTo(ids);
        worker.drain();
        List<FakeMessage> received = zalo.messagesTo(CITIZEN);
        assertThat(received).hasSize(2);
        assertThat(received).allSatisfy(message -> assertThat(message.text().length()).isLessThanOrEqualTo(2000));
        assertThat(received.get(0).text() + " " + received.get(1).text()).isEqualTo(text);
    }

    @Test
    void deadLettersARefusalWithItsPayloadAndResendsIt() {
        zalo.inject(FakeFailure.error(FakeEndpoint.CS, 1, -201));
        long id = enqueue("a", ZaloRecipient.user(CITIZEN), "Một").get(0);
        worker.drain();

        ZaloOutboundMessage dead = message(id);
        assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(dead.lastErrorCode()).isEqualTo(-201);
        assertThat(dead.lastError()).contains("\"error\":-201");
        assertThat(dead.text()).isEqualTo("Một");

        transactions.executeWithoutResult(status -> outbox.resend(id));
        assertThat(message(id).status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message(id).attempts()).isZero();
        worker.drain();
        assertThat(message(id).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(events.stream(ZaloMessageResent.class)).singleElement()
                .satisfies(event -> assertThat(event.messageId()).isEqualTo(id));

        assertThatThrownBy(() -> outbox.resend(id)).isInstanceOf(OutboxRefusal.class)
                .hasMessage("zalooutbound.error.notResendable");
        assertThatThrownBy(() -> outbox.resend(-1)).isInstanceOf(OutboxRefusal.class)
                .hasMessage("zalooutbound.error.notFound");
    }

    @Test
    void givesUpAfterMaxAttempts() {
        zalo.inject(FakeFailure.status(FakeEndpoint.CS, 100, 502));
        long id = enqueue("a", ZaloRecipient.user(CITIZEN), "Một").get(0);
        for (int i = 0; i < 200 && message(id).status() == OutboxStatus.PENDING; i++) {
            worker.drain();
            clock.advance(Duration.ofMinutes(30));
        }
        assertThat(message(id).status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(message(id).attempts()).isEqualTo(settings.maxAttempts());
        assertThat(message(id).lastErrorCode()).isEqualTo(502);
        assertThat(calls(FakeEndpoint.CS)).hasSize(settings.maxAttempts());
    }

    @Test
    void aFailedRefreshIsRecordedAndAlertsTheAdministrators() {
        zalo.inject(FakeFailure.error(FakeEndpoint.OAUTH, 2, -14014));
        long id = enqueue("a", ZaloRecipient.user(CITIZEN), "Một").get(0);
        worker.drain();
        clock.advance(Duration.ofMinutes(5));
        worker.drain();

        assertThat(message(id).status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message(id).lastError()).contains("token refresh failed").contains("-14014");
        ZaloTokenHealth health = tokens.health();
        assertThat(health.refreshFailing()).isTrue();
        assertThat(health.refreshFailedAt()).as("when the failures began").isEqualTo(START);
        assertThat(health.refreshError()).contains("-14014");
        long admin = people.findByUsername("admin").orElseThrow().id().value();
        assertThat(events.stream(ZaloTokenRefreshFailed.class)).as("alerted once per run of failures")
                .singleElement().satisfies(event -> {
                    assertThat(event.recipients()).contains(admin);
                    assertThat(event.link()).isEqualTo("/admin/zalo/outbox");
                });

        clock.advance(Duration.ofMinutes(30));
        worker.drain();
        assertThat(message(id).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(tokens.health().refreshFailing()).isFalse();
        assertThat(tokens.health().refreshedAt()).isEqualTo(clock.instant());
    }

    private String storedRefreshToken() {
        String sealed = jdbc.sql("select refresh_token from zalo_token").query(String.class).single();
        return new TokenCipher(settings.tokenKey()).decrypt(sealed, "refresh_token");
    }

    private ZaloOutboxWorker workerWith(ZaloSettings configured) {
        return new ZaloOutboxWorker(rows, tokens, new ZaloApi(configured, json), configured, json, clock, false);
    }

    private static ZaloSettings withoutZnsTemplate(ZaloSettings s) {
        return new ZaloSettings(s.enabled(), s.appId(), s.appSecret(), s.oaId(), s.oaSecretKey(),
                s.initialRefreshToken(), s.tokenKey(), s.openApiUrl(), s.oauthUrl(), s.businessUrl(), "",
                s.refreshBefore(), s.connectTimeout(), s.requestTimeout(), s.maxAttempts(), s.retryDelay(),
                s.draftExpiry());
    }
}
