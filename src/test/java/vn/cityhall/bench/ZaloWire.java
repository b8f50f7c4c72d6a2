package vn.cityhall.bench;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import vn.cityhall.zalo.webhook.ZaloSignature;

/**
 * Webhook bodies in Zalo's compact wire format (zalo-oa.md §2.4, §7.4), signed as Zalo signs them (§3.1), with
 * the identity CityHall deduplicates them by: the event name with {@code message.msg_id}, or the event name,
 * timestamp and user for events without one (§2.1). The builders follow the tests' {@code ZaloEvents}, for the
 * app and OA given.
 */
final class ZaloWire {

    /** One event as posted: the user whose lane it is in, the body's bytes, the signature header, its identity. */
    record Event(String userId, String name, byte[] body, String signature, String dedupKey, boolean confirms) {
    }

    private final String appId;
    private final String oaId;
    private final String oaSecretKey;

    ZaloWire(String appId, String oaId, String oaSecretKey) {
        this.appId = appId;
        this.oaId = oaId;
        this.oaSecretKey = oaSecretKey;
    }

    /** {@code follow}: a citizen follows the OA (no msg_id). */
    Event follow(String user, long ts) {
        String body = "{\"oa_id\":\"" + oaId + "\",\"follower\":{\"id\":\"" + user + "\"},\"user_id_by_app\":\""
                + byApp(user) + "\",\"event_name\":\"follow\",\"source\":\"oa_profile\",\"app_id\":\"" + appId
                + "\",\"timestamp\":\"" + ts + "\"}";
        return event(user, "follow", null, ts, body, false);
    }

    /** {@code user_send_text}; {@code confirms} marks the message that confirms the summary. */
    Event text(String user, String msgId, long ts, String text, boolean confirms) {
        return userSend("user_send_text", user, msgId, ts, "\"text\":" + quoted(text), confirms);
    }

    /** {@code user_send_location}: coordinates as strings, the place name as the text, as Zalo sends them. */
    Event location(String user, String msgId, long ts, String place, double latitude, double longitude) {
        String payload = "{\"coordinates\":{\"latitude\":\"" + String.format(Locale.ROOT, "%.7f", latitude)
                + "\",\"longitude\":\"" + String.format(Locale.ROOT, "%.7f", longitude) + "\"}}";
        return userSend("user_send_location", user, msgId, ts, "\"attachments\":[{\"payload\":" + payload
                + ",\"type\":\"location\"}],\"text\":" + quoted(place), false);
    }

    /** {@code user_submit_info}: the name and phone (84…) the citizen shared (no msg_id). */
    Event submitInfo(String user, long ts, String name, String phone) {
        String body = "{\"app_id\":\"" + appId + "\",\"sender\":{\"id\":\"" + user + "\"},\"user_id_by_app\":\""
                + byApp(user) + "\",\"recipient\":{\"id\":\"" + oaId + "\"},\"event_name\":\"user_submit_info\","
                + "\"info\":{\"name\":" + quoted(name) + ",\"phone\":" + quoted(phone) + "},\"timestamp\":\"" + ts
                + "\"}";
        return event(user, "user_submit_info", null, ts, body, false);
    }

    private Event userSend(String name, String user, String msgId, long ts, String message, boolean confirms) {
        String body = "{\"app_id\":\"" + appId + "\",\"sender\":{\"id\":\"" + user + "\"},\"user_id_by_app\":\""
                + byApp(user) + "\",\"recipient\":{\"id\":\"" + oaId + "\"},\"event_name\":\"" + name
                + "\",\"message\":{" + message + ",\"msg_id\":\"" + msgId + "\"},\"timestamp\":\"" + ts + "\"}";
        return event(user, name, msgId, ts, body, confirms);
    }

    private Event event(String user, String name, String msgId, long ts, String body, boolean confirms) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String key = msgId != null ? name + "|" + msgId : name + "|" + ts + "|" + user;
        return new Event(user, name, bytes, ZaloSignature.header(appId, bytes, Long.toString(ts), oaSecretKey), key,
                confirms);
    }

    /** The app-scoped id Zalo adds next to the OA-scoped one: another number of the same length. */
    private static String byApp(String user) {
        return "55" + user.substring(2);
    }

    /** A JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8. */
    static String quoted(String text) {
        StringBuilder json = new StringBuilder(text.length() + 8).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
