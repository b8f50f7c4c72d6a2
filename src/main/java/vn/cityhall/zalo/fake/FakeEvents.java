package vn.cityhall.zalo.fake;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Webhook bodies as Zalo posts them (zalo-oa.md §2.4, §7.4): compact JSON, the keys in the order of the
 * reference's captures, ids and timestamps as strings. Coordinates are strings too, as in the real capture.
 */
public final class FakeEvents {

    private final JsonMapper json;
    private final String appId;
    private final String oaId;

    public FakeEvents(JsonMapper json, String appId, String oaId) {
        this.json = json;
        this.appId = appId;
        this.oaId = oaId;
    }

    public String text(String user, String msgId, long ts, String text) {
        ObjectNode message = json.createObjectNode();
        message.put("text", text);
        message.put("msg_id", msgId);
        return fromUser("user_send_text", user, ts, message);
    }

    public String image(String user, String msgId, long ts, String caption, String url) {
        ObjectNode payload = json.createObjectNode();
        payload.put("thumbnail", url);
        payload.put("url", url);
        return fromUser("user_send_image", user, ts, attachment(msgId, caption, "image", payload));
    }

    public String file(String user, String msgId, long ts, String url, String name, long size) {
        ObjectNode payload = json.createObjectNode();
        payload.put("url", url);
        payload.put("size", String.valueOf(size));
        payload.put("name", name);
        payload.put("checksum", "");
        payload.put("type", extension(name));
        return fromUser("user_send_file", user, ts, attachment(msgId, null, "file", payload));
    }

    public String location(String user, String msgId, long ts, String place, String latitude, String longitude) {
        ObjectNode payload = json.createObjectNode();
        ObjectNode coordinates = payload.putObject("coordinates");
        coordinates.put("latitude", latitude);
        coordinates.put("longitude", longitude);
        return fromUser("user_send_location", user, ts, attachment(msgId, place, "location", payload));
    }

    public String sticker(String user, String msgId, long ts, String stickerId) {
        ObjectNode payload = json.createObjectNode();
        payload.put("id", stickerId);
        payload.put("url", "");
        return fromUser("user_send_sticker", user, ts, attachment(msgId, null, "sticker", payload));
    }

    /** {@code follow} or {@code unfollow}, in the shape of the capture whose signature was verified. */
    public String follow(String event, String user, long ts) {
        ObjectNode body = json.createObjectNode();
        body.put("oa_id", oaId);
        body.putObject("follower").put("id", user);
        body.put("user_id_by_app", byApp(user));
        body.put("event_name", event);
        body.put("source", "oa_profile");
        body.put("app_id", appId);
        body.put("timestamp", String.valueOf(ts));
        return json.writeValueAsString(body);
    }

    public String chatNow(String user, long ts) {
        ObjectNode body = json.createObjectNode();
        body.put("app_id", appId);
        body.put("event_name", "user_click_chatnow");
        body.put("oa_id", oaId);
        body.put("user_id", user);
        body.put("timestamp", String.valueOf(ts));
        return json.writeValueAsString(body);
    }

    /** The citizen shares their details in answer to a {@code request_user_info} message (§7.4). */
    public String submitInfo(String user, long ts, SharedInfo info) {
        ObjectNode body = header(user);
        body.put("event_name", "user_submit_info");
        ObjectNode shared = body.putObject("info");
        shared.put("address", info.address());
        shared.put("phone", info.phone());
        shared.put("city", info.city());
        shared.put("district", "");
        shared.put("name", info.name());
        shared.put("ward", info.ward());
        body.put("timestamp", String.valueOf(ts));
        return json.writeValueAsString(body);
    }

    /** The OA's message reached the citizen's phone. */
    public String received(String user, String msgId, long ts) {
        ObjectNode message = json.createObjectNode();
        message.put("msg_id", msgId);
        return toUser("user_received_message", user, ts, message);
    }

    /** A ZNS message reached the phone: the recipient is the phone and the receipt carries the tracking id. */
    public String receivedZns(String phone, String msgId, String trackingId, long ts) {
        ObjectNode body = json.createObjectNode();
        body.putObject("sender").put("id", oaId);
        body.putObject("recipient").put("id", phone);
        body.put("event_name", "user_received_message");
        ObjectNode message = body.putObject("message");
        message.put("delivery_time", String.valueOf(ts));
        message.put("msg_id", msgId);
        if (trackingId != null) {
            message.put("tracking_id", trackingId);
        }
        body.put("app_id", appId);
        body.put("timestamp", String.valueOf(ts));
        return json.writeValueAsString(body);
    }

    /** The citizen read the OA's messages. */
    public String seen(String user, List<String> msgIds, long ts) {
        ObjectNode message = json.createObjectNode();
        ArrayNode ids = message.putArray("msg_ids");
        msgIds.forEach(ids::add);
        return toUser("user_seen_message", user, ts, message);
    }

    /** The echo of a text the OA sent. */
    public String echo(String user, String msgId, long ts, String text) {
        ObjectNode message = json.createObjectNode();
        message.put("msg_id", msgId);
        message.put("text", text);
        return toUser("oa_send_text", user, ts, message);
    }

    private ObjectNode attachment(String msgId, String text, String type, ObjectNode payload) {
        ObjectNode message = json.createObjectNode();
        message.put("msg_id", msgId);
        if (text != null && !text.isBlank()) {
            message.put("text", text);
        }
        ObjectNode attachment = message.putArray("attachments").addObject();
        attachment.set("payload", payload);
        attachment.put("type", type);
        return message;
    }

    private String fromUser(String event, String user, long ts, ObjectNode message) {
        ObjectNode body = header(user);
        body.put("event_name", event);
        body.set("message", message);
        body.put("timestamp", String.valueOf(ts));
        return json.writeValueAsString(body);
    }

    private ObjectNode header(String user) {
        ObjectNode body = json.createObjectNode();
        body.put("app_id", appId);
        body.putObject("sender").put("id", user);
        body.put("user_id_by_app", byApp(user));
        body.putObject("recipient").put("id", oaId);
        return body;
    }

    private String toUser(String event, String user, long ts, ObjectNode message) {
        ObjectNode body = json.createObjectNode();
        body.put("app_id", appId);
        body.putObject("sender").put("id", oaId);
        body.putObject("recipient").put("id", user);
        body.put("event_name", event);
        body.set("message", message);
        body.put("timestamp", String.valueOf(ts));
        return json.writeValueAsString(body);
    }

    /** The user's id for the app, different from the OA's id for the same person, as on Zalo. */
    private static String byApp(String user) {
        return new StringBuilder(user).reverse().toString();
    }

    private static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** What a citizen shares with {@code user_submit_info}; the phone as Zalo sends it, {@code 84…}. */
    public record SharedInfo(String name, String phone, String address, String ward, String city) {
    }
}
