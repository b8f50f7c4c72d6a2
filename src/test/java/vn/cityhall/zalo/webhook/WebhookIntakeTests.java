package vn.cityhall.zalo.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.cityhall.DatabaseTest;

/** The webhook over HTTP: what it accepts, what it refuses, and that a refusal changes nothing but its trace. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@Import(InboundRecorder.class)
class WebhookIntakeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InboundRecorder recorder;

    @Autowired
    ZaloWebhookHealth health;

    @Autowired
    WebhookIntake intake;

    @Test
    void storesASignedEventWithItsExactBytesAndAnswers200() throws Exception {
        String user = ZaloEvents.userId();
        String msgId = ZaloEvents.msgId();
        String body = ZaloEvents.text(user, msgId, 1718000100000L, "Đường Lê Lợi bị ngập");

        deliver(body.getBytes(StandardCharsets.UTF_8), ZaloEvents.signature(body)).andExpect(status().isOk());

        assertThat(jdbc.queryForMap("select dedup_key, event_name, user_id, msg_id, zalo_ts, raw_body, attempts"
                + " from zalo_inbound_event where msg_id = ?", msgId))
                .containsEntry("dedup_key", "user_send_text|" + msgId)
                .containsEntry("event_name", "user_send_text")
                .containsEntry("user_id", user)
                .containsEntry("zalo_ts", 1718000100000L)
                .containsEntry("raw_body", body);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(recorder.of(user)).hasSize(1));
        assertThat(health.snapshot(Duration.ofDays(1)).lastReceivedAt()).isNotNull();
    }

    @Test
    void acceptsTheReferenceTestVectorAsSigned() throws Exception {
        byte[] body = ZaloSignatureTests.VECTOR_BODY.getBytes(StandardCharsets.UTF_8);
        jdbc.update("delete from zalo_inbound_event where dedup_key = 'user_send_text|96d3cdf3af150460909a'");
        deliver(body, "mac=" + ZaloSignatureTests.VECTOR_MAC).andExpect(status().isOk());
        assertThat(storedWithMsgId("96d3cdf3af150460909a")).isEqualTo(1);
    }

    @Test
    void refusesAWrongSignatureWith401AndStoresNothingButTheRejection() throws Exception {
        String msgId = ZaloEvents.msgId();
        String body = ZaloEvents.text(ZaloEvents.userId(), msgId, 1718000100001L, "Xin chào");
        String wrong = ZaloSignature.header(ZaloEvents.APP_ID, body.getBytes(StandardCharsets.UTF_8), "1718000100001",
                "ANOTHER_SECRET");
        long rejections = count("zalo_webhook_rejection where reason = 'BAD_SIGNATURE'");
        long rejectedToday = health.snapshot(Duration.ofDays(1)).rejectedSince();
        long audited = count("audit_entry where action = 'zalo.webhook.rejected' and detail like 'reason=BAD_SIGNATURE%'");

        deliver(body.getBytes(StandardCharsets.UTF_8), wrong)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("BAD_SIGNATURE"))
                .andExpect(jsonPath("$.message").value("Chữ ký X-ZEvent-Signature không khớp với nội dung: sự kiện không được nhận."))
                .andExpect(jsonPath("$.messageEn").value("The X-ZEvent-Signature does not match the body: the event was not accepted."));

        assertThat(storedWithMsgId(msgId)).isZero();
        assertThat(count("zalo_webhook_rejection where reason = 'BAD_SIGNATURE'")).isEqualTo(rejections + 1);
        assertThat(health.snapshot(Duration.ofDays(1)).rejectedSince()).isEqualTo(rejectedToday + 1);
        assertThat(count("audit_entry where action = 'zalo.webhook.rejected' and detail like 'reason=BAD_SIGNATURE%'"))
                .isEqualTo(audited + 1);
        assertThat(jdbc.queryForObject("select body_size from zalo_webhook_rejection where reason = 'BAD_SIGNATURE'"
                + " order by id desc limit 1", Long.class)).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void refusesAMissingSignature() throws Exception {
        String msgId = ZaloEvents.msgId();
        String body = ZaloEvents.text(ZaloEvents.userId(), msgId, 1718000100002L, "Xin chào");
        long rejections = count("zalo_webhook_rejection where reason = 'MISSING_SIGNATURE'");

        mvc.perform(post("/zalo/webhook").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("MISSING_SIGNATURE"));

        assertThat(storedWithMsgId(msgId)).isZero();
        assertThat(count("zalo_webhook_rejection where reason = 'MISSING_SIGNATURE'")).isEqualTo(rejections + 1);
    }

    @Test
    void refusesAnotherAppsEventEvenWhenSignedWithOurKey() throws Exception {
        String msgId = ZaloEvents.msgId();
        String body = ZaloEvents.text(ZaloEvents.userId(), msgId, 1718000100003L, "Xin chào")
                .replace(ZaloEvents.APP_ID, "1111111111111111111");
        String signature = ZaloSignature.header("1111111111111111111", body.getBytes(StandardCharsets.UTF_8),
                "1718000100003", ZaloEvents.OA_SECRET_KEY);

        deliver(body.getBytes(StandardCharsets.UTF_8), signature)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("WRONG_APP"));

        assertThat(storedWithMsgId(msgId)).isZero();
    }

    @Test
    void refusesABodyThatIsNotAZaloEvent() throws Exception {
        long before = count("zalo_inbound_event");
        deliver("not json".getBytes(StandardCharsets.UTF_8), "mac=00").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("UNPARSABLE"));
        deliver("{\"app_id\":\"3608465249409039670\",\"event_name\":\"user_send_text\"}".getBytes(StandardCharsets.UTF_8),
                "mac=00").andExpect(jsonPath("$.error").value("UNPARSABLE"));
        deliver("[1,2]".getBytes(StandardCharsets.UTF_8), "mac=00").andExpect(jsonPath("$.error").value("UNPARSABLE"));
        assertThat(count("zalo_inbound_event")).isEqualTo(before);
    }

    @Test
    void refusesABodyLargerThanAnyZaloEvent() throws Exception {
        byte[] body = new byte[300 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        deliver(body, "mac=00").andExpect(status().isContentTooLarge()).andExpect(jsonPath("$.error").value("TOO_LARGE"));
    }

    @Test
    void aDeliveryRepeatedThreeTimesIsStoredOnceAndProcessedOnce() throws Exception {
        String user = ZaloEvents.userId();
        String msgId = ZaloEvents.msgId();
        String body = ZaloEvents.text(user, msgId, 1718000100004L, "Phản ánh rác thải");

        for (int i = 0; i < 3; i++) {
            deliver(body.getBytes(StandardCharsets.UTF_8), ZaloEvents.signature(body)).andExpect(status().isOk());
        }

        assertThat(storedWithMsgId(msgId)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(recorder.of(user)).hasSize(1));
        deliver(body.getBytes(StandardCharsets.UTF_8), ZaloEvents.signature(body)).andExpect(status().isOk());
        assertThat(storedWithMsgId(msgId)).isEqualTo(1);
        Thread.sleep(300);
        assertThat(recorder.of(user)).as("a delivery after processing is not processed again").hasSize(1);
    }

    @Test
    void concurrentDeliveriesOfTheSameEventStoreItOnce() throws Exception {
        String user = ZaloEvents.userId();
        String msgId = ZaloEvents.msgId();
        byte[] body = ZaloEvents.text(user, msgId, 1718000100007L, "Gửi đồng thời").getBytes(StandardCharsets.UTF_8);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var outcomes = new java.util.ArrayList<java.util.concurrent.Future<WebhookIntake.Outcome>>();
            for (int i = 0; i < 8; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return intake.receive(body, ZaloEvents.signature(body), "127.0.0.1");
                }));
            }
            start.countDown();
            var results = new java.util.ArrayList<WebhookIntake.Outcome>();
            for (var outcome : outcomes) {
                results.add(outcome.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(results).containsOnlyOnce(WebhookIntake.Outcome.STORED);
        } finally {
            pool.shutdownNow();
        }
        assertThat(storedWithMsgId(msgId)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(recorder.of(user)).hasSize(1));
    }

    @Test
    void vietnameseTextVerifiesInBothNormalFormsAndReachesTheConversationInNfc() throws Exception {
        String user = ZaloEvents.userId();
        String nfc = "Đường Nguyễn Trãi có ổ gà, xe máy ngã";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        String composed = ZaloEvents.text(user, ZaloEvents.msgId(), 1718000100005L, nfc);
        String decomposed = ZaloEvents.text(user, ZaloEvents.msgId(), 1718000100006L, nfd);

        deliver(composed.getBytes(StandardCharsets.UTF_8), ZaloEvents.signature(composed)).andExpect(status().isOk());
        deliver(decomposed.getBytes(StandardCharsets.UTF_8), ZaloEvents.signature(decomposed)).andExpect(status().isOk());

        assertThat(jdbc.queryForList("select raw_body from zalo_inbound_event where user_id = ? order by zalo_ts",
                String.class, user)).containsExactly(composed, decomposed);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(recorder.of(user)).hasSize(2));
        assertThat(recorder.of(user)).extracting(ZaloInbound::payload)
                .containsExactly(new ZaloInbound.Text(nfc), new ZaloInbound.Text(nfc));
    }

    private ResultActions deliver(byte[] body, String signature) throws Exception {
        return mvc.perform(post("/zalo/webhook").contentType(MediaType.APPLICATION_JSON).content(body)
                .header(ZaloSignature.HEADER, signature));
    }

    private long storedWithMsgId(String msgId) {
        return count("zalo_inbound_event where msg_id = '" + msgId + "'");
    }

    private long count(String from) {
        return jdbc.queryForObject("select count(*) from " + from, Long.class);
    }
}
