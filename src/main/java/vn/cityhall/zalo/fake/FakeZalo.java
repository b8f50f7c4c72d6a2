package vn.cityhall.zalo.fake;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.zalo.ZaloSettings;

/**
 * The fake Zalo's state and behaviour (zalo-oa.md §9): access tokens (25 hours) and single-use refresh tokens
 * ({@link FakeTokens}: a refresh returns a new pair and the old refresh token fails afterwards), each user's
 * last interaction with the OA (a user it never heard of counts as interacting now; set an older one to
 * get {@code -230}), a rate limit per minute, and the failures tests inject. It keeps the last
 * {@value #KEPT} calls it received and the last {@value #KEPT} messages it accepted, for assertions and the chat
 * simulator: a demo left running, or a benchmark's hundred thousand replies, must not fill the heap (they did:
 * young collections of 30 to 140 ms in the Zalo benchmark). With receipts on,
 * it posts each accepted message's receipt to the webhook ({@link FakeReceipts}).
 * Time comes from the application's clock, so a test that moves the clock moves the fake too.
 */
@Component
@ConditionalOnProperty(name = "cityhall.zalo.fake.enabled", havingValue = "true")
public class FakeZalo {

    static final long ACCESS_TOKEN_SECONDS = 90_000;
    static final int KEPT = 10_000;
    private static final Duration WINDOW = Duration.ofDays(7);
    private static final int MAX_TEXT = 2000;
    private static final Pattern PHONE = Pattern.compile("84[1-9][0-9]{8,9}");

    private final ZaloSettings settings;
    private final FakeReceipts receipts;
    private final JsonMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private final FakeTokens tokens;
    private final Map<String, Instant> lastInteraction = new HashMap<>();
    private final LinkedList<FakeFailure> failures = new LinkedList<>();
    private final ArrayDeque<FakeCall> calls = new ArrayDeque<>();
    private final ArrayDeque<FakeMessage> messages = new ArrayDeque<>();
    private boolean outage;
    private Duration delay = Duration.ZERO;
    private int ratePerMinute;
    private long rateMinute = -1;
    private int rateCount;

    FakeZalo(ZaloSettings settings, FakeReceipts receipts, JsonMapper json, Clock clock) {
        this.settings = settings;
        this.receipts = receipts;
        this.tokens = new FakeTokens(settings.appSecret());
        this.json = json;
        this.clock = clock;
        reset();
    }

    /** An answer: HTTP status and body. */
    record Answer(int status, String body) {
    }

    // ---- controls -------------------------------------------------------------------------------

    /** Back to the start: only the configured initial refresh token is valid; no calls, messages or failures. */
    public synchronized void reset() {
        tokens.reset(settings.initialRefreshToken());
        lastInteraction.clear();
        failures.clear();
        calls.clear();
        messages.clear();
        outage = false;
        delay = Duration.ZERO;
        ratePerMinute = 0;
        rateMinute = -1;
        rateCount = 0;
    }

    /** Queues an injected failure, answered before any other check. */
    public synchronized void inject(FakeFailure failure) {
        if (failure.count() > 0) {
            failures.add(failure);
        }
    }

    /** An outage: every call answers HTTP 503 until it is switched off. */
    public synchronized void outage(boolean on) {
        this.outage = on;
    }

    /** Whether an outage is on. */
    public synchronized boolean down() {
        return outage;
    }

    /** Every answer is delayed this long (to provoke timeouts). */
    public synchronized void delay(Duration delay) {
        this.delay = delay == null ? Duration.ZERO : delay;
    }

    /** Calls per clock minute above which {@code -32} is answered; 0 for no limit. */
    public synchronized void rateLimit(int perMinute) {
        this.ratePerMinute = Math.max(perMinute, 0);
    }

    /** Records the user's last interaction with the OA (a message, a follow …). */
    public synchronized void interacted(String userId, Instant at) {
        lastInteraction.put(userId, at);
    }

    /** Makes every access token invalid, as Zalo does when an OA admin revokes the app. */
    public synchronized void expireAccessTokens() {
        tokens.revokeAccess();
    }

    /** Adds a refresh token the fake accepts (e.g. one an administrator obtained by hand). */
    public synchronized void acceptRefreshToken(String refreshToken) {
        tokens.grant(refreshToken);
    }

    public synchronized List<FakeCall> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<FakeCall> calls(FakeEndpoint endpoint) {
        return calls.stream().filter(call -> call.endpoint() == endpoint).toList();
    }

    /** The messages accepted for a user id (CS) or a phone {@code 84…} (ZNS), oldest first. */
    public synchronized List<FakeMessage> messagesTo(String recipient) {
        return messages.stream().filter(message -> message.recipient().equals(recipient)).toList();
    }

    /** Every accepted message, oldest first. */
    public synchronized List<FakeMessage> messages() {
        return messages.stream().sorted(Comparator.comparing(FakeMessage::at)).toList();
    }

    // ---- the API --------------------------------------------------------------------------------

    Answer sendCs(String accessToken, String body) {
        return answer(FakeEndpoint.CS, accessToken, body, () -> {
            if (!validAccessToken(accessToken)) {
                return error(-216, "Access token is invalid");
            }
            JsonNode request = parse(body);
            String userId = text(request.path("recipient").path("user_id"));
            if (userId == null) {
                return error(-201, "user_id is invalid!");
            }
            JsonNode message = request.path("message");
            String text = text(message.path("text"));
            if (text == null && message.path("attachment").isMissingNode()) {
                return error(-201, "message is invalid!");
            }
            if (text != null && text.codePointCount(0, text.length()) > MAX_TEXT) {
                return error(-201, "text is invalid!");
            }
            Instant now = clock.instant();
            Instant last = lastInteraction.getOrDefault(userId, now);
            if (last.plus(WINDOW).isBefore(now)) {
                return error(-230, "User has not interacted with the OA in the past 7 days");
            }
            String messageId = hex(10);
            remember(new FakeMessage(FakeEndpoint.CS, userId, messageId,
                    text != null ? text : message.toString(), null, now,
                    text(message.path("attachment").path("payload").path("template_type"))));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("quota", Map.of("quota_type", "reply", "remain", "8", "total", "8"));
            data.put("message_id", messageId);
            data.put("user_id", userId);
            data.put("sent_time", String.valueOf(now.toEpochMilli()));
            return success(data);
        });
    }

    Answer sendV2(String accessToken, String body) {
        return answer(FakeEndpoint.V2, accessToken, body,
                () -> error(-240, "MessageV2 API has been shut down, please switch to MessageV3"));
    }

    Answer sendZns(String accessToken, String body) {
        return answer(FakeEndpoint.ZNS, accessToken, body, () -> {
            if (!validAccessToken(accessToken)) {
                return error(-124, "Access token is invalid");
            }
            JsonNode request = parse(body);
            String phone = text(request.path("phone"));
            if (phone == null || !PHONE.matcher(phone).matches()) {
                return error(-108, "Phone number is invalid");
            }
            if (text(request.path("template_id")) == null) {
                return error(-109, "Template ID is invalid");
            }
            JsonNode data = request.path("template_data");
            if (!data.isObject() || data.isEmpty()) {
                return error(-111, "Template data is empty");
            }
            String trackingId = text(request.path("tracking_id"));
            if (trackingId != null && trackingId.length() > 48) {
                return error(-201, "tracking_id is invalid!");
            }
            Instant now = clock.instant();
            String messageId = hex(10);
            remember(new FakeMessage(FakeEndpoint.ZNS, phone, messageId, data.toString(), trackingId, now, null));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("msg_id", messageId);
            answer.put("sent_time", String.valueOf(now.toEpochMilli()));
            answer.put("sending_mode", "1");
            answer.put("quota", Map.of("dailyQuota", "500", "remainingQuota", "499"));
            return success(answer);
        });
    }

    /** {@code grant_type=refresh_token}: a valid refresh token is spent for a new pair. */
    Answer refresh(String secretKey, Map<String, String> form) {
        return answer(FakeEndpoint.OAUTH, secretKey, formBody(form), () -> {
            if (secretKey == null || !secretKey.equals(settings.appSecret())) {
                return oauthError(-14001, "Invalid secret key");
            }
            if (!settings.appId().equals(form.get("app_id"))) {
                return oauthError(-14002, "Invalid app_id");
            }
            if (!"refresh_token".equals(form.get("grant_type"))) {
                return oauthError(-14019, "Invalid grant_type");
            }
            String refreshToken = form.get("refresh_token");
            if (!tokens.spend(refreshToken)) {
                return oauthError(-14014, "Invalid refresh token");
            }
            String access = tokens.issueAccess(clock.instant());
            String refresh = tokens.issueRefresh();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("access_token", access);
            answer.put("refresh_token", refresh);
            answer.put("expires_in", String.valueOf(ACCESS_TOKEN_SECONDS));
            return new Answer(200, json.writeValueAsString(answer));
        });
    }

    // ---- machinery ------------------------------------------------------------------------------

    private interface Behaviour {
        Answer answer();
    }

    private Answer answer(FakeEndpoint endpoint, String credential, String body, Behaviour behaviour) {
        Duration wait;
        synchronized (this) {
            wait = delay;
        }
        if (!wait.isZero()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            Answer answer = failure(endpoint);
            if (answer == null) {
                answer = behaviour.answer();
            }
            keep(calls, new FakeCall(endpoint, clock.instant(), credential, body, answer.status(), answer.body()));
            return answer;
        }
    }

    /** An outage, an injected failure or the rate limit, or {@code null} to go on. */
    private Answer failure(FakeEndpoint endpoint) {
        if (outage) {
            return new Answer(503, "Service Unavailable");
        }
        for (Iterator<FakeFailure> it = failures.iterator(); it.hasNext();) {
            FakeFailure failure = it.next();
            if (failure.matches(endpoint)) {
                it.remove();
                if (failure.count() > 1) {
                    failures.add(0, new FakeFailure(failure.endpoint(), failure.count() - 1, failure.httpStatus(),
                            failure.error()));
                }
                return failure.error() == null ? new Answer(failure.httpStatus(), "Injected failure")
                        : new Answer(failure.httpStatus(), json.writeValueAsString(Map.of("error", failure.error(),
                                "message", "Injected failure")));
            }
        }
        if (ratePerMinute > 0) {
            long minute = clock.instant().getEpochSecond() / 60;
            if (minute != rateMinute) {
                rateMinute = minute;
                rateCount = 0;
            }
            if (++rateCount > ratePerMinute) {
                return error(-32, "Your application reached limit call api");
            }
        }
        return null;
    }

    private boolean validAccessToken(String token) {
        return tokens.validAccess(token, clock.instant());
    }

    private void remember(FakeMessage message) {
        keep(messages, message);
        receipts.accepted(message);
    }

    private static <T> void keep(ArrayDeque<T> kept, T item) {
        if (kept.size() == KEPT) {
            kept.removeFirst();
        }
        kept.addLast(item);
    }

    private Answer success(Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("error", 0);
        body.put("message", "Success");
        return new Answer(200, json.writeValueAsString(body));
    }

    private Answer error(int code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        return new Answer(200, json.writeValueAsString(body));
    }

    /** The refresh error's shape is not documented (zalo-oa.md §6.2): a body without {@code access_token}. */
    private Answer oauthError(int code, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("error_name", description);
        body.put("error_description", description);
        return new Answer(200, json.writeValueAsString(body));
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? json.missingNode() : json.readTree(body);
        } catch (JacksonException e) {
            return json.missingNode();
        }
    }

    private static String text(JsonNode node) {
        return node.isString() && !node.asString().isBlank() ? node.asString() : null;
    }

    private static String formBody(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&").append(key).append('=')
                .append(value));
        return body.toString();
    }

    private String hex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
