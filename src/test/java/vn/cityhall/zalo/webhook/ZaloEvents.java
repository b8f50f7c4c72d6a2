package vn.cityhall.zalo.webhook;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Webhook bodies in Zalo's compact wire format (zalo-oa.md §2.4, §7.4) for the test configuration's app, and
 * their signatures. User and message ids are fresh for every call, so tests sharing a context never meet.
 */
public final class ZaloEvents {

    public static final String APP_ID = "3608465249409039670";
    public static final String OA_ID = "3886132808788086456";
    public static final String OA_SECRET_KEY = "FAKE_OA_SECRET_KEY_01";

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000L * 1000);

    private ZaloEvents() {
    }

    /** A fresh 19-digit user id. */
    public static String userId() {
        return "7" + String.format("%018d", ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L));
    }

    /** A fresh 20-hex-digit message id. */
    public static String msgId() {
        return String.format("%020x", SEQUENCE.incrementAndGet() * 7919 + ThreadLocalRandom.current().nextInt(7919));
    }

    public static String userSend(String event, String user, String msgId, long ts, String message) {
        return "{\"app_id\":\"" + APP_ID + "\",\"sender\":{\"id\":\"" + user + "\"},\"user_id_by_app\":\"55" + user.substring(2)
                + "\",\"recipient\":{\"id\":\"" + OA_ID + "\"},\"event_name\":\"" + event + "\",\"message\":{" + message
                + (msgId == null ? "" : ",\"msg_id\":\"" + msgId + "\"") + "},\"timestamp\":\"" + ts + "\"}";
    }

    public static String text(String user, String msgId, long ts, String text) {
        return userSend("user_send_text", user, msgId, ts, "\"text\":" + quoted(text));
    }

    public static String attachment(String event, String user, String msgId, long ts, String text, String type, String payload) {
        return userSend(event, user, msgId, ts, (text == null ? "" : "\"text\":" + quoted(text) + ",")
                + "\"attachments\":[{\"payload\":" + payload + ",\"type\":\"" + type + "\"}]");
    }

    public static String follow(String event, String user, long ts) {
        return "{\"oa_id\":\"" + OA_ID + "\",\"follower\":{\"id\":\"" + user + "\"},\"user_id_by_app\":\"66" + user.substring(2)
                + "\",\"event_name\":\"" + event + "\",\"source\":\"oa_profile\",\"app_id\":\"" + APP_ID
                + "\",\"timestamp\":\"" + ts + "\"}";
    }

    public static String oaToUser(String event, String user, long ts, String message) {
        return "{\"app_id\":\"" + APP_ID + "\",\"sender\":{\"id\":\"" + OA_ID + "\"},\"recipient\":{\"id\":\"" + user
                + "\"},\"event_name\":\"" + event + "\",\"message\":{" + message + "},\"timestamp\":\"" + ts + "\"}";
    }

    public static String submitInfo(String user, long ts, String info) {
        return "{\"app_id\":\"" + APP_ID + "\",\"sender\":{\"id\":\"" + user + "\"},\"user_id_by_app\":\"55" + user.substring(2)
                + "\",\"recipient\":{\"id\":\"" + OA_ID + "\"},\"event_name\":\"user_submit_info\",\"info\":" + info
                + ",\"timestamp\":\"" + ts + "\"}";
    }

    public static String chatNow(String user, long ts) {
        return "{\"app_id\":\"" + APP_ID + "\",\"event_name\":\"user_click_chatnow\",\"oa_id\":\"" + OA_ID
                + "\",\"user_id\":\"" + user + "\",\"timestamp\":\"" + ts + "\"}";
    }

    public static String signature(String body) {
        return signature(body.getBytes(StandardCharsets.UTF_8));
    }

    public static String signature(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        String ts = text.replaceAll(".*\"timestamp\":\"(\\d+)\".*", "$1");
        return ZaloSignature.header(APP_ID, body, ts, OA_SECRET_KEY);
    }

    public static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
