package vn.cityhall.zalo.webhook;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import vn.cityhall.shared.Texts;
import vn.cityhall.zalo.ZaloReceipt;
import vn.cityhall.zalo.webhook.ZaloInbound.Media;

/**
 * Turns a stored event into what it means (zalo-oa.md §2.3, §2.4, §7.4): a {@link ZaloInbound} for what users
 * do, a {@link ZaloReceipt} for the delivery and read receipts of the OA's messages, or nothing for the OA's
 * own echoes ({@code oa_send_*}) and events this channel does not use. Lenient where the reference is unsure
 * (coordinates as strings or numbers, both shapes of shared info), strict where a kind of event is nothing
 * without its part (an image event without an image is {@link MalformedEvent}).
 */
final class EventParser {

    /** What an event means. */
    sealed interface Parsed permits Inbound, Receipt, Ignored {
    }

    record Inbound(ZaloInbound event) implements Parsed {
    }

    record Receipt(ZaloReceipt receipt) implements Parsed {
    }

    record Ignored(String why) implements Parsed {
    }

    /** The attachment types whose URL is fetched into the file store. */
    static final Set<String> FETCHED_TYPES = Set.of("image", "gif", "file", "audio", "video");

    /** Whether events of this name carry attachments that are fetched ({@code user_send_image}, ...). */
    static boolean carriesMedia(String eventName) {
        return eventName.startsWith("user_send_") && FETCHED_TYPES.contains(eventName.substring("user_send_".length()));
    }

    private EventParser() {
    }

    /**
     * @param media the fetched attachments of the event, by their position in {@code message.attachments}
     * @throws MalformedEvent if a known kind of event lacks its content
     */
    static Parsed parse(long eventId, String eventName, JsonNode body, Map<Integer, Media> media) {
        Instant at = Instant.ofEpochMilli(Long.parseLong(Json.text(body.get("timestamp"))));
        String msgId = Json.text(body, "message", "msg_id");
        if (eventName.startsWith("oa_")) {
            return new Ignored("an echo of the OA's own message");
        }
        if (eventName.equals("user_received_message") || eventName.equals("user_seen_message")) {
            return receipt(eventName, body, at);
        }
        ZaloInbound.Payload payload = switch (eventName) {
            case "user_send_text" -> new ZaloInbound.Text(required(Texts.cleanOrNull(Json.text(body, "message", "text")),
                    "text"));
            case "user_send_image" -> image(body, media);
            case "user_send_gif" -> new ZaloInbound.Gif(fetched(body, "gif", media), caption(body));
            case "user_send_file" -> file(body, media);
            case "user_send_audio" -> new ZaloInbound.Audio(fetched(body, "audio", media));
            case "user_send_video" -> video(body, media);
            case "user_send_sticker" -> sticker(body);
            case "user_send_link" -> link(body);
            case "user_send_location" -> location(body);
            case "follow" -> new ZaloInbound.Follow(Json.text(body.get("source")));
            case "unfollow" -> new ZaloInbound.Unfollow(Json.text(body.get("source")));
            case "user_submit_info" -> submitInfo(body);
            case "user_click_chatnow" -> new ZaloInbound.ChatNow();
            default -> null;
        };
        if (payload == null) {
            return new Ignored("an event this channel does not use");
        }
        String userId = userOf(body);
        if (userId == null) {
            throw new MalformedEvent(eventName + " names no user");
        }
        return new Inbound(new ZaloInbound(eventId, userId, eventName, msgId, at, payload));
    }

    /** The OA-scoped id of the user who acted: the follower, the sender, or the flat {@code user_id}. */
    static String userOf(JsonNode body) {
        String follower = Json.text(body, "follower", "id");
        if (follower != null) {
            return follower;
        }
        String sender = Json.text(body, "sender", "id");
        return sender != null ? sender : Json.text(body.get("user_id"));
    }

    /**
     * {@code user_received_message} carries {@code message.msg_id} (and, from ZNS, {@code tracking_id} and
     * {@code delivery_time}); {@code user_seen_message} carries {@code message.msg_ids}. The user is the recipient.
     */
    private static Parsed receipt(String eventName, JsonNode body, Instant at) {
        JsonNode message = body.path("message");
        Set<String> ids = new LinkedHashSet<>();
        addIfPresent(ids, Json.text(message.get("msg_id")));
        addIfPresent(ids, Json.text(message.get("tracking_id")));
        JsonNode many = message.get("msg_ids");
        if (many != null && many.isArray()) {
            many.values().forEach(id -> addIfPresent(ids, Json.text(id)));
        }
        String user = Json.text(body, "recipient", "id");
        if (ids.isEmpty() || user == null) {
            return new Ignored("a receipt without message ids or recipient");
        }
        String delivered = Json.text(message.get("delivery_time"));
        Instant when = delivered != null && delivered.matches("\\d{1,18}") ? Instant.ofEpochMilli(Long.parseLong(delivered)) : at;
        return new Receipt(new ZaloReceipt(user, List.copyOf(ids), eventName.equals("user_seen_message"), when));
    }

    private static void addIfPresent(Set<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static ZaloInbound.Image image(JsonNode body, Map<Integer, Media> media) {
        List<Media> images = new ArrayList<>();
        List<JsonNode> attachments = attachments(body);
        for (int position = 0; position < attachments.size(); position++) {
            if ("image".equals(Json.text(attachments.get(position).get("type")))) {
                images.add(mediaAt(position, attachments.get(position), media));
            }
        }
        if (images.isEmpty()) {
            throw new MalformedEvent("user_send_image without an image attachment");
        }
        return new ZaloInbound.Image(caption(body), images);
    }

    private static ZaloInbound.File file(JsonNode body, Map<Integer, Media> media) {
        int position = position(body, "file");
        JsonNode payload = attachments(body).get(position).path("payload");
        String size = Json.text(payload.get("size"));
        return new ZaloInbound.File(mediaAt(position, attachments(body).get(position), media),
                Texts.cleanOrNull(Json.text(payload.get("name"))), size != null && size.matches("\\d{1,18}")
                        ? Long.valueOf(size) : null, Json.text(payload.get("type")));
    }

    private static ZaloInbound.Video video(JsonNode body, Map<Integer, Media> media) {
        int position = position(body, "video");
        JsonNode payload = attachments(body).get(position).path("payload");
        return new ZaloInbound.Video(mediaAt(position, attachments(body).get(position), media),
                Texts.cleanOrNull(Json.text(payload.get("description"))), Json.text(payload.get("thumbnail")));
    }

    private static ZaloInbound.Sticker sticker(JsonNode body) {
        JsonNode payload = attachments(body).get(position(body, "sticker")).path("payload");
        return new ZaloInbound.Sticker(Json.text(payload.get("id")), Json.text(payload.get("url")));
    }

    private static ZaloInbound.Link link(JsonNode body) {
        JsonNode payload = attachments(body).get(position(body, "link")).path("payload");
        return new ZaloInbound.Link(required(Json.text(payload.get("url")), "link url"),
                Texts.cleanOrNull(Json.text(payload.get("description"))), Json.text(payload.get("thumbnail")),
                caption(body));
    }

    /** Coordinates as strings (what Zalo sends) or numbers, under {@code latitude/longitude} or {@code lat/long}. */
    private static ZaloInbound.Location location(JsonNode body) {
        JsonNode coordinates = attachments(body).get(position(body, "location")).path("payload").path("coordinates");
        BigDecimal latitude = decimal(firstText(coordinates, "latitude", "lat"));
        BigDecimal longitude = decimal(firstText(coordinates, "longitude", "long", "lng"));
        if (latitude == null || longitude == null || latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw new MalformedEvent("user_send_location without valid coordinates");
        }
        return new ZaloInbound.Location(latitude, longitude, caption(body));
    }

    /** Both shapes of §7.4: flat {@code info{...}} and the newer {@code info{..., full_address{user_*}}}. */
    private static ZaloInbound.SubmitInfo submitInfo(JsonNode body) {
        JsonNode info = body.path("info");
        if (!info.isObject()) {
            throw new MalformedEvent("user_submit_info without info");
        }
        JsonNode full = info.path("full_address");
        return new ZaloInbound.SubmitInfo(clean(info, "name"), clean(info, "phone"),
                firstNonNull(clean(info, "address"), clean(full, "user_address")),
                firstNonNull(clean(info, "ward"), clean(full, "user_ward")),
                firstNonNull(clean(info, "district"), clean(full, "user_district")),
                firstNonNull(clean(info, "city"), clean(full, "user_city")));
    }

    private static String caption(JsonNode body) {
        return Texts.cleanOrNull(Json.text(body, "message", "text"));
    }

    private static Media fetched(JsonNode body, String type, Map<Integer, Media> media) {
        int position = position(body, type);
        return mediaAt(position, attachments(body).get(position), media);
    }

    private static Media mediaAt(int position, JsonNode attachment, Map<Integer, Media> media) {
        Media fetched = media.get(position);
        if (fetched != null) {
            return fetched;
        }
        String url = Json.text(attachment, "payload", "url");
        if (url == null) {
            throw new MalformedEvent("attachment " + position + " has no url");
        }
        return new Media(url, null, MediaFetcher.NOT_FETCHED);
    }

    /** The position of the first attachment of this type. */
    private static int position(JsonNode body, String type) {
        List<JsonNode> attachments = attachments(body);
        for (int position = 0; position < attachments.size(); position++) {
            if (type.equals(Json.text(attachments.get(position).get("type")))) {
                return position;
            }
        }
        throw new MalformedEvent("no " + type + " attachment");
    }

    static List<JsonNode> attachments(JsonNode body) {
        JsonNode attachments = body.path("message").path("attachments");
        return attachments.isArray() ? List.copyOf(attachments.values()) : List.of();
    }

    private static String required(String value, String what) {
        if (value == null) {
            throw new MalformedEvent("no " + what);
        }
        return value;
    }

    private static String clean(JsonNode node, String name) {
        return node == null ? null : Texts.cleanOrNull(Json.text(node.get(name)));
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            String value = Json.text(node.get(name));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }

    private static BigDecimal decimal(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
