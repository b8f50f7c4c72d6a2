package vn.cityhall.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.zalo.webhook.ZaloSignature;

class ZaloWireTests {

    private static final String APP = "3608465249409039670";
    private static final String OA = "3886132808788086456";
    private static final String KEY = "FAKE_OA_SECRET_KEY_01";
    private static final String USER = "9123450000000000042";

    private final ZaloWire wire = new ZaloWire(APP, OA, KEY);
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aTextIsSignedOverItsBytesAndDeduplicatedByItsMsgId() {
        String text = "Tại số 12 ngõ 5 phố Huế: \"ổ gà\" lớn,\nrất nguy hiểm \\ mong xử lý";
        ZaloWire.Event event = wire.text(USER, "0123456789abcdef0123", 1_765_000_000_123L, text, false);

        JsonNode body = json.readTree(event.body());
        assertThat(body.get("event_name").asString()).isEqualTo("user_send_text");
        assertThat(body.get("sender").get("id").asString()).isEqualTo(USER);
        assertThat(body.get("recipient").get("id").asString()).isEqualTo(OA);
        assertThat(body.get("message").get("text").asString()).isEqualTo(text);
        assertThat(body.get("timestamp").asString()).isEqualTo("1765000000123");
        assertThat(new String(event.body(), StandardCharsets.UTF_8)).as("compact, the text as UTF-8")
                .doesNotContain("\": ", "\", \"", "\n").contains("ổ gà");
        assertThat(ZaloSignature.matches(event.signature(), APP, event.body(), "1765000000123", KEY)).isTrue();
        assertThat(ZaloSignature.matches(event.signature(), APP, event.body(), "1765000000124", KEY)).isFalse();
        assertThat(event.dedupKey()).isEqualTo("user_send_text|0123456789abcdef0123");
        assertThat(event.userId()).isEqualTo(USER);
        assertThat(event.confirms()).isFalse();
    }

    @Test
    void eventsWithoutAMsgIdAreDeduplicatedByNameTimestampAndUser() {
        ZaloWire.Event follow = wire.follow(USER, 1_765_000_000_001L);
        ZaloWire.Event shared = wire.submitInfo(USER, 1_765_000_000_002L, "Nguyễn Thị Hoa", "84912345678");

        assertThat(follow.dedupKey()).isEqualTo("follow|1765000000001|" + USER);
        assertThat(json.readTree(follow.body()).get("follower").get("id").asString()).isEqualTo(USER);
        assertThat(shared.dedupKey()).isEqualTo("user_submit_info|1765000000002|" + USER);
        JsonNode info = json.readTree(shared.body()).get("info");
        assertThat(info.get("name").asString()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(info.get("phone").asString()).isEqualTo("84912345678");
        assertThat(ZaloSignature.matches(shared.signature(), APP, shared.body(), "1765000000002", KEY)).isTrue();
    }

    @Test
    void aLocationCarriesItsCoordinatesAsStringsAndThePlaceAsText() {
        ZaloWire.Event event = wire.location(USER, "ffff", 1_765_000_000_003L, "Ngã tư Kim Mã", 21.0312345678, 105.8);

        JsonNode message = json.readTree(event.body()).get("message");
        JsonNode coordinates = message.get("attachments").get(0).get("payload").get("coordinates");
        assertThat(message.get("attachments").get(0).get("type").asString()).isEqualTo("location");
        assertThat(coordinates.get("latitude").isString()).isTrue();
        assertThat(coordinates.get("latitude").asString()).isEqualTo("21.0312346");
        assertThat(coordinates.get("longitude").asString()).isEqualTo("105.8000000");
        assertThat(message.get("text").asString()).isEqualTo("Ngã tư Kim Mã");
        assertThat(event.dedupKey()).isEqualTo("user_send_location|ffff");
    }
}
