package vn.cityhall.zalo.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.DatabaseTest;

/** The order events are processed in, and what happens when processing fails. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@Import(InboundRecorder.class)
class InboundWorkerTests {

    @Autowired
    WebhookIntake intake;

    @Autowired
    InboundEvents events;

    @Autowired
    InboundWorker worker;

    @Autowired
    InboundRecorder recorder;

    @Autowired
    ZaloWebhookSettings settings;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eventsDeliveredOutOfOrderAreProcessedInZaloTimestampOrderPerUser() {
        String user = ZaloEvents.userId();
        String other = ZaloEvents.userId();
        long ts = 1_760_000_000_000L;
        // Zalo delivered the later messages first; all were stored before the worker got to them.
        storeTogether(ZaloEvents.text(user, ZaloEvents.msgId(), ts + 300, "ba"),
                ZaloEvents.text(other, ZaloEvents.msgId(), ts + 50, "khác"),
                ZaloEvents.text(user, ZaloEvents.msgId(), ts + 100, "một"),
                ZaloEvents.text(user, ZaloEvents.msgId(), ts + 200, "hai"));
        worker.wake();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(recorder.of(user)).hasSize(3));
        assertThat(recorder.of(user)).extracting(event -> ((ZaloInbound.Text) event.payload()).text())
                .containsExactly("một", "hai", "ba");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(recorder.of(other)).hasSize(1));
    }

    @Test
    void deliveriesArrivingOutOfOrderWithinTheSettleTimeAreProcessedInOrder() throws Exception {
        String user = ZaloEvents.userId();
        long ts = 1_760_000_050_000L;
        deliver(ZaloEvents.text(user, ZaloEvents.msgId(), ts + 2, "ba"));
        deliver(ZaloEvents.text(user, ZaloEvents.msgId(), ts + 1, "hai"));
        deliver(ZaloEvents.text(user, ZaloEvents.msgId(), ts, "một"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(recorder.of(user)).hasSize(3));
        assertThat(recorder.of(user)).extracting(event -> ((ZaloInbound.Text) event.payload()).text())
                .containsExactly("một", "hai", "ba");
    }

    @Test
    void aFailingListenerRollsBackAndTheEventIsTriedAgainWhileTheUsersLaterEventsWait() throws Exception {
        String user = ZaloEvents.userId();
        String first = ZaloEvents.msgId();
        String second = ZaloEvents.msgId();
        recorder.failOn(first, 1);
        storeTogether(ZaloEvents.text(user, first, 1_760_000_100_000L, "trước"),
                ZaloEvents.text(user, second, 1_760_000_100_001L, "sau"));
        worker.wake();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(row(first))
                .containsEntry("attempts", 1).containsEntry("status", "PENDING"));
        assertThat((String) row(first).get("last_error")).contains("The conversation failed on " + first);
        assertThat(row(first).get("processed_at")).isNull();
        assertThat(users(user)).as("the user's record rolled back with the event").isZero();
        assertThat(worker.drain()).as("the retry is not due yet, and the later event waits behind it").isZero();
        assertThat(row(second)).containsEntry("status", "PENDING").containsEntry("attempts", 0);
        assertThat(recorder.of(user)).isEmpty();

        makeDue(first);
        worker.wake();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(recorder.of(user)).hasSize(2));
        assertThat(recorder.of(user)).extracting(ZaloInbound::msgId).containsExactly(first, second);
        assertThat(row(first)).containsEntry("status", "PROCESSED").containsEntry("attempts", 1);
        assertThat(users(user)).isOne();
    }

    @Test
    void anEventThatKeepsFailingStaysFailedAndVisibleAfterTheConfiguredAttempts() throws Exception {
        String user = ZaloEvents.userId();
        String msgId = ZaloEvents.msgId();
        recorder.failOn(msgId, Integer.MAX_VALUE);
        deliver(ZaloEvents.text(user, msgId, 1_760_000_200_000L, "luôn lỗi"));

        for (int attempt = 1; attempt <= settings.processingAttempts(); attempt++) {
            int expected = attempt;
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(row(msgId))
                    .containsEntry("attempts", expected));
            makeDue(msgId);
            worker.wake();
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(row(msgId)).containsEntry("status", "FAILED"));
        assertThat(worker.drain()).isZero();
        assertThat(row(msgId)).containsEntry("attempts", settings.processingAttempts());
        assertThat((String) row(msgId).get("last_error")).contains("The conversation failed");
        assertThat(recorder.of(user)).isEmpty();

        String later = ZaloEvents.msgId();
        deliver(ZaloEvents.text(user, later, 1_760_000_200_001L, "tin sau"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(recorder.of(user)).hasSize(1));
        assertThat(recorder.of(user).get(0).msgId()).as("a failed event no longer holds the user's later ones")
                .isEqualTo(later);
    }

    @Test
    void anEventOfAKnownKindWithoutItsContentFailsAtOnce() throws Exception {
        String user = ZaloEvents.userId();
        String msgId = ZaloEvents.msgId();
        deliver(ZaloEvents.userSend("user_send_image", user, msgId, 1_760_000_300_000L, "\"text\":\"không có ảnh\""));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(row(msgId)).containsEntry("status", "FAILED"));
        assertThat(row(msgId)).containsEntry("attempts", 1);
        assertThat((String) row(msgId).get("last_error")).contains("without an image");
    }

    private void storeTogether(String... bodies) {
        transactions.executeWithoutResult(status -> {
            for (String body : bodies) {
                byte[] raw = body.getBytes(StandardCharsets.UTF_8);
                try {
                    assertThat(events.store(new InboundEvents.Arrival(WebhookEnvelope.parse(raw, json), raw, Instant.now()))).isTrue();
                } catch (WebhookEnvelope.Unparsable e) {
                    throw new AssertionError(e);
                }
            }
        });
    }

    private void deliver(String body) throws Exception {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        assertThat(intake.receive(raw, ZaloEvents.signature(raw), "127.0.0.1")).isEqualTo(WebhookIntake.Outcome.STORED);
    }

    private void makeDue(String msgId) {
        jdbc.update("update zalo_inbound_event set next_attempt_at = ? where msg_id = ?",
                Times.utc(Instant.now().minusSeconds(1)), msgId);
    }

    private Map<String, Object> row(String msgId) {
        return jdbc.queryForMap("select status, attempts, last_error, processed_at from zalo_inbound_event where msg_id = ?",
                msgId);
    }

    private long users(String user) {
        return jdbc.queryForObject("select count(*) from zalo_user where user_id = ?", Long.class, user);
    }
}
