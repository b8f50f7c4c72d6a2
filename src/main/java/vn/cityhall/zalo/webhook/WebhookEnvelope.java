package vn.cityhall.zalo.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the webhook needs of an event before it is stored (zalo-oa.md §2.2): the signed {@code app_id} and
 * {@code timestamp} as the strings the body has, the event name, the message id, and the user whose lane the
 * event is processed in. The rest of the body is read when the event is processed.
 *
 * @param appId the body's {@code app_id}
 * @param timestamp the body's {@code timestamp}, epoch milliseconds as a string
 * @param eventName the body's {@code event_name}
 * @param userId the user the event is about: the sender of {@code user_*} events, the follower of
 *        {@code follow}/{@code unfollow}, the recipient of {@code oa_*} echoes and of receipts; {@code ""} if none
 * @param msgId {@code message.msg_id}, or {@code null}
 * @param body the parsed body
 */
record WebhookEnvelope(String appId, String timestamp, String eventName, String userId, String msgId, JsonNode body) {

    /** Events whose sender is the OA and whose recipient is the user (zalo-oa.md §2.2). */
    static final Set<String> RECEIPTS = Set.of("user_received_message", "user_seen_message");

    static final int MAX_USER_ID = 64;
    static final int MAX_MSG_ID = 100;
    static final int MAX_EVENT_NAME = 100;
    static final int MAX_DEDUP_KEY = 200;

    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{1,18}");

    /** The body is not a Zalo event: not a JSON object, or without a string app id, timestamp or event name. */
    static final class Unparsable extends Exception {
        Unparsable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Reads the envelope of a raw body.
     *
     * @throws Unparsable if the body is not a JSON object with {@code app_id}, a numeric {@code timestamp}
     *         and {@code event_name}
     */
    static WebhookEnvelope parse(byte[] raw, JsonMapper json) throws Unparsable {
        JsonNode body;
        try {
            body = json.readTree(raw);
        } catch (JacksonException e) {
            throw new Unparsable("not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw new Unparsable("not a JSON object");
        }
        String appId = Json.text(body.get("app_id"));
        String timestamp = Json.text(body.get("timestamp"));
        String eventName = Json.text(body.get("event_name"));
        if (appId == null || timestamp == null || eventName == null) {
            throw new Unparsable("app_id, timestamp or event_name missing");
        }
        if (!EPOCH_MILLIS.matcher(timestamp).matches()) {
            throw new Unparsable("timestamp is not epoch milliseconds");
        }
        if (eventName.length() > MAX_EVENT_NAME) {
            throw new Unparsable("event_name too long");
        }
        // Ids are far shorter than the columns; a signed event with longer ones is still kept, never refused.
        String userId = cut(laneOf(eventName, body), MAX_USER_ID);
        return new WebhookEnvelope(appId, timestamp, eventName, userId, Json.text(body, "message", "msg_id"), body);
    }

    /** The message id as stored (the dedup key uses it whole). */
    String storedMsgId() {
        return msgId == null ? null : cut(msgId, MAX_MSG_ID);
    }

    long epochMillis() {
        return Long.parseLong(timestamp);
    }

    /**
     * The event's identity across redeliveries: the event name with {@code message.msg_id} (the name is part of
     * it because a receipt and an {@code oa_send_*} echo carry the msg_id of the same OA message), or the event
     * name, timestamp and user id for events without one (zalo-oa.md §2.1).
     */
    String dedupKey() {
        String key = msgId != null ? eventName + "|" + msgId : eventName + "|" + timestamp + "|" + userId;
        return key.length() <= MAX_DEDUP_KEY ? key : "sha256:" + sha256(key);
    }

    /** Whether the user is the recipient (an OA echo or a receipt) rather than the one who acted. */
    boolean aboutOaMessage() {
        return eventName.startsWith("oa_") || RECEIPTS.contains(eventName);
    }

    private static String laneOf(String eventName, JsonNode body) {
        String user;
        if (eventName.startsWith("oa_") || RECEIPTS.contains(eventName)) {
            user = Json.text(body, "recipient", "id");
        } else {
            user = firstOf(Json.text(body, "follower", "id"), Json.text(body, "sender", "id"),
                    Json.text(body.get("user_id")), Json.text(body.get("user_id_by_app")));
        }
        return user == null ? "" : user;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
