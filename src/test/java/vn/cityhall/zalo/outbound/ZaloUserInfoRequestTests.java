package vn.cityhall.zalo.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.zalo.ZaloReceipt;
import vn.cityhall.zalo.fake.FakeCall;
import vn.cityhall.zalo.fake.FakeEndpoint;
import vn.cityhall.zalo.fake.FakeFailure;

/** The request_user_info card through the outbox to the fake Zalo: its wire format and its guarantees. */
class ZaloUserInfoRequestTests extends FakeZaloContext {

    private static final String CITIZEN = "2468458835296197922";
    private static final ZaloUserInfoRequest CARD = new ZaloUserInfoRequest(
            "UBND Thành phố Hà Nội – Phản ánh, kiến nghị",
            "Chia sẻ họ tên và số điện thoại để cơ quan liên hệ khi cần", "https://cityhall.example.vn/img/zalo-contact.png");

    @Autowired
    ZaloOutbox outbox;

    @Autowired
    ZaloOutboxWorker worker;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher publisher;

    private long enqueue(String key, ZaloRecipient recipient) {
        return transactions.execute(status -> outbox.enqueueUserInfoRequest(key, recipient, CARD, 12L));
    }

    private ZaloOutboundMessage message(long id) {
        return outbox.message(id).orElseThrow();
    }

    @Test
    void reachesZaloInTheReferencesExactFormatOnceHoweverOftenItIsQueued() {
        long id = enqueue("in:77:1", ZaloRecipient.user(CITIZEN));
        assertThat(enqueue("in:77:1", ZaloRecipient.user(CITIZEN))).isEqualTo(id);
        assertThat(worker.drain()).isEqualTo(1);
        assertThat(worker.drain()).isZero();

        List<FakeCall> calls = zalo.calls(FakeEndpoint.CS);
        assertThat(calls).singleElement().satisfies(call -> assertThat(call.body()).isEqualTo(
                "{\"recipient\":{\"user_id\":\"2468458835296197922\"},\"message\":{\"attachment\":{\"type\":\"template\","
                        + "\"payload\":{\"template_type\":\"request_user_info\",\"elements\":[{"
                        + "\"title\":\"UBND Thành phố Hà Nội – Phản ánh, kiến nghị\","
                        + "\"subtitle\":\"Chia sẻ họ tên và số điện thoại để cơ quan liên hệ khi cần\","
                        + "\"image_url\":\"https://cityhall.example.vn/img/zalo-contact.png\"}]}}}}"));
        ZaloOutboundMessage sent = message(id);
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.channel()).isEqualTo(OutboxChannel.CS);
        assertThat(sent.zaloMessageId()).isEqualTo(zalo.messagesTo(CITIZEN).get(0).messageId());
        assertThat(sent.text()).as("what staff read").isEqualTo("UBND Thành phố Hà Nội – Phản ánh, kiến nghị\n"
                + "Chia sẻ họ tên và số điện thoại để cơ quan liên hệ khi cần");
        assertThat(outbox.messagesAbout(12L)).extracting(ZaloOutboundMessage::id).containsExactly(id);

        publisher.publishEvent(new ZaloReceipt(CITIZEN, List.of(sent.zaloMessageId()), true, START.plusSeconds(3)));
        assertThat(message(id).status()).isEqualTo(OutboxStatus.SEEN);
    }

    @Test
    void outsideTheWindowItIsUndeliverableWithoutAZnsFallback() {
        zalo.interacted(CITIZEN, START.minus(Duration.ofDays(8)));
        long id = enqueue("in:78:1", new ZaloRecipient(CITIZEN, "0912 345 678", true));
        worker.drain();

        ZaloOutboundMessage undeliverable = message(id);
        assertThat(undeliverable.status()).isEqualTo(OutboxStatus.UNDELIVERABLE);
        assertThat(undeliverable.channel()).isEqualTo(OutboxChannel.CS);
        assertThat(undeliverable.lastErrorCode()).isEqualTo(-230);
        assertThat(zalo.calls(FakeEndpoint.ZNS)).isEmpty();
        assertThat(zalo.messages()).isEmpty();
    }

    @Test
    void isRetriedAfterTheRateLimitLikeAText() {
        zalo.inject(FakeFailure.error(FakeEndpoint.CS, 1, -32));
        long id = enqueue("in:79:1", ZaloRecipient.user(CITIZEN));
        worker.drain();
        assertThat(message(id).status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message(id).lastErrorCode()).isEqualTo(-32);

        clock.advance(Duration.ofMinutes(1));
        worker.drain();
        assertThat(message(id).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(zalo.calls(FakeEndpoint.CS)).hasSize(2)
                .allSatisfy(call -> assertThat(call.body()).contains("\"template_type\":\"request_user_info\""));
    }

    @Test
    void refusesACardZaloWouldRefuse() {
        assertThatThrownBy(() -> new ZaloUserInfoRequest("x".repeat(101), "Chia sẻ", "https://a.vn/b.png"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ZaloUserInfoRequest("Tiêu đề", " ", "https://a.vn/b.png"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ZaloUserInfoRequest("Tiêu đề", "Chia sẻ", "/img/zalo-contact.png"))
                .as("Zalo fetches the picture: a relative URL is useless").isInstanceOf(IllegalArgumentException.class);
    }
}
