package vn.cityhall.zalo.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.zalo.ZaloSettings;

/** The fake speaks the reference's formats (zalo-oa.md §9) and obeys its controls. */
class FakeZaloTests {

    private static final String USER = "2468458835296197922";

    private final JsonMapper json = JsonMapper.builder().build();
    private final ZaloSettings settings = new ZaloSettings(true, "3608465249409039670", "FAKE_APP_SECRET_01",
            "3886132808788086456", "FAKE_OA_SECRET_KEY_01", "FAKE_REFRESH_TOKEN_0", "", URI.create("http://x"),
            URI.create("http://x"), URI.create("http://x"), "", Duration.ofHours(5), Duration.ofSeconds(5),
            Duration.ofSeconds(15), 10, Duration.ofSeconds(10), Duration.ofHours(24));
    private Instant now = Instant.parse("2026-06-01T03:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private FakeZalo zalo;

    @BeforeEach
    void start() {
        zalo = new FakeZalo(settings,
                new FakeReceipts(null, new FakeZaloSettings(true, false, Duration.ZERO, ""), clock), json, clock);
    }

    private JsonNode body(FakeZalo.Answer answer) {
        return json.readTree(answer.body());
    }

    private String accessToken() {
        JsonNode answer = body(zalo.refresh("FAKE_APP_SECRET_01", Map.of("refresh_token", "FAKE_REFRESH_TOKEN_0",
                "app_id", "3608465249409039670", "grant_type", "refresh_token")));
        return answer.path("access_token").asString();
    }

    private static String text(String text) {
        return "{\"recipient\":{\"user_id\":\"" + USER + "\"},\"message\":{\"text\":\"" + text + "\"}}";
    }

    @Test
    void rotatesSingleUseRefreshTokens() {
        Map<String, String> first = Map.of("refresh_token", "FAKE_REFRESH_TOKEN_0", "app_id", "3608465249409039670",
                "grant_type", "refresh_token");
        JsonNode pair = body(zalo.refresh("FAKE_APP_SECRET_01", first));
        assertThat(pair.path("access_token").isString()).isTrue();
        assertThat(pair.path("expires_in").asString()).isEqualTo("90000");
        String next = pair.path("refresh_token").asString();
        assertThat(next).isNotEqualTo("FAKE_REFRESH_TOKEN_0");

        JsonNode reused = body(zalo.refresh("FAKE_APP_SECRET_01", first));
        assertThat(reused.has("access_token")).as("the spent refresh token fails").isFalse();
        assertThat(reused.path("error").asInt()).isEqualTo(-14014);
        assertThat(body(zalo.refresh("FAKE_APP_SECRET_01", Map.of("refresh_token", next, "app_id",
                "3608465249409039670", "grant_type", "refresh_token"))).has("access_token")).isTrue();
        assertThat(body(zalo.refresh("WRONG", Map.of("refresh_token", next, "app_id", "3608465249409039670",
                "grant_type", "refresh_token"))).has("access_token")).as("needs the app secret").isFalse();
    }

    @Test
    void tokensItIssuedStayValidAfterARestartButNotAfterAResetOrARevocation() {
        JsonNode pair = body(zalo.refresh("FAKE_APP_SECRET_01", Map.of("refresh_token", "FAKE_REFRESH_TOKEN_0",
                "app_id", "3608465249409039670", "grant_type", "refresh_token")));
        String access = pair.path("access_token").asString();
        Map<String, String> next = Map.of("refresh_token", pair.path("refresh_token").asString(), "app_id",
                "3608465249409039670", "grant_type", "refresh_token");

        FakeZalo restarted = new FakeZalo(settings,
                new FakeReceipts(null, new FakeZaloSettings(true, false, Duration.ZERO, ""), clock), json, clock);
        assertThat(body(restarted.sendCs(access, text("x"))).path("error").asInt()).as("the stored access token")
                .isZero();
        assertThat(body(restarted.sendCs(access.substring(0, access.length() - 1) + (access.endsWith("0") ? "1" : "0"), text("x"))).path("error")
                .asInt()).as("a token altered by one character").isEqualTo(-216);

        zalo.reset();
        assertThat(body(zalo.sendCs(access, text("x"))).path("error").asInt()).isEqualTo(-216);
        assertThat(body(zalo.refresh("FAKE_APP_SECRET_01", next)).has("access_token")).isFalse();

        assertThat(body(restarted.refresh("FAKE_APP_SECRET_01", next)).has("access_token")).isTrue();
        restarted.expireAccessTokens();
        assertThat(body(restarted.sendCs(access, text("x"))).path("error").asInt()).isEqualTo(-216);
    }

    @Test
    void answersACsMessageInZalosFormat() {
        JsonNode answer = body(zalo.sendCs(accessToken(), text("Xin chào")));
        assertThat(answer.path("error").asInt()).isZero();
        assertThat(answer.path("message").asString()).isEqualTo("Success");
        assertThat(answer.path("data").path("message_id").asString()).matches("[0-9a-f]{20}");
        assertThat(answer.path("data").path("user_id").asString()).isEqualTo(USER);
        assertThat(answer.path("data").path("sent_time").isString()).isTrue();
        assertThat(zalo.messagesTo(USER)).singleElement().satisfies(message -> {
            assertThat(message.text()).isEqualTo("Xin chào");
            assertThat(message.messageId()).isEqualTo(answer.path("data").path("message_id").asString());
        });
    }

    @Test
    void keepsOnlyTheLatestCallsAndMessagesSoThatALongDemoDoesNotFillTheHeap() {
        String token = accessToken();
        for (int i = 1; i <= FakeZalo.KEPT + 5; i++) {
            assertThat(body(zalo.sendCs(token, text("tin " + i))).path("error").asInt()).isZero();
        }
        assertThat(zalo.messagesTo(USER)).hasSize(FakeZalo.KEPT);
        assertThat(zalo.messagesTo(USER).get(0).text()).as("the oldest kept").isEqualTo("tin 6");
        assertThat(zalo.messages().get(FakeZalo.KEPT - 1).text()).isEqualTo("tin " + (FakeZalo.KEPT + 5));
        assertThat(zalo.calls()).hasSize(FakeZalo.KEPT);
        assertThat(zalo.calls(FakeEndpoint.OAUTH)).as("the token's call is among the oldest, gone").isEmpty();
    }

    @Test
    void refusesAnUnknownOrExpiredAccessToken() {
        assertThat(body(zalo.sendCs("made-up", text("x"))).path("error").asInt()).isEqualTo(-216);
        String token = accessToken();
        now = now.plus(Duration.ofHours(25)).plusSeconds(1);
        assertThat(body(zalo.sendCs(token, text("x"))).path("error").asInt()).isEqualTo(-216);
        assertThat(zalo.messagesTo(USER)).isEmpty();
    }

    @Test
    void refusesUsersOutsideTheSevenDayWindowAndLongTexts() {
        String token = accessToken();
        zalo.interacted(USER, now.minus(Duration.ofDays(7)).minusSeconds(1));
        JsonNode answer = body(zalo.sendCs(token, text("x")));
        assertThat(answer.path("error").asInt()).isEqualTo(-230);
        assertThat(answer.path("message").asString()).isEqualTo("User has not interacted with the OA in the past 7 days");
        zalo.interacted(USER, now);
        assertThat(body(zalo.sendCs(token, text("a".repeat(2001)))).path("error").asInt()).isEqualTo(-201);
        assertThat(body(zalo.sendCs(token, text("a".repeat(2000)))).path("error").asInt()).isZero();
    }

    @Test
    void sendsZnsTemplatesToA84Phone() {
        String token = accessToken();
        String request = "{\"phone\":\"84912345678\",\"template_id\":\"7895417a7d3f9461cd2e\","
                + "\"template_data\":{\"ma_ho_so\":\"PA-000123\"},\"tracking_id\":\"cityhall-1\"}";
        JsonNode answer = body(zalo.sendZns(token, request));
        assertThat(answer.path("error").asInt()).isZero();
        assertThat(answer.path("data").path("msg_id").asString()).matches("[0-9a-f]{20}");
        assertThat(zalo.messagesTo("84912345678")).singleElement()
                .satisfies(message -> assertThat(message.trackingId()).isEqualTo("cityhall-1"));
        assertThat(body(zalo.sendZns(token, request.replace("84912345678", "0912345678"))).path("error").asInt())
                .isEqualTo(-108);
        assertThat(body(zalo.sendV2(token, text("x"))).path("error").asInt()).isEqualTo(-240);
    }

    @Test
    void obeysInjectedFailuresOutagesAndTheRateLimit() {
        String token = accessToken();
        zalo.inject(FakeFailure.error(FakeEndpoint.CS, 2, -32));
        assertThat(body(zalo.sendCs(token, text("1"))).path("error").asInt()).isEqualTo(-32);
        assertThat(body(zalo.sendCs(token, text("2"))).path("error").asInt()).isEqualTo(-32);
        assertThat(body(zalo.sendCs(token, text("3"))).path("error").asInt()).isZero();

        zalo.outage(true);
        assertThat(zalo.sendCs(token, text("4")).status()).isEqualTo(503);
        zalo.outage(false);

        zalo.rateLimit(2);
        now = now.plus(Duration.ofMinutes(1));
        assertThat(body(zalo.sendCs(token, text("5"))).path("error").asInt()).isZero();
        assertThat(body(zalo.sendCs(token, text("6"))).path("error").asInt()).isZero();
        assertThat(body(zalo.sendCs(token, text("7"))).path("message").asString())
                .isEqualTo("Your application reached limit call api");
        now = now.plus(Duration.ofMinutes(1));
        assertThat(body(zalo.sendCs(token, text("8"))).path("error").asInt()).isZero();

        assertThat(zalo.messagesTo(USER)).extracting(FakeMessage::text).containsExactly("3", "5", "6", "8");
        assertThat(zalo.calls(FakeEndpoint.CS)).hasSize(8);
        assertThat(zalo.calls(FakeEndpoint.CS).get(0).accessToken()).isEqualTo(token);
    }
}
