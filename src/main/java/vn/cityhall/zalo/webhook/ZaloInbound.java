package vn.cityhall.zalo.webhook;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import vn.cityhall.files.FileId;

/**
 * Something a Zalo user did, as the webhook understood it (zalo-oa.md §2.3, §2.4, §7.4): published once per
 * stored event, inside the transaction that marks the event processed, so that a synchronous
 * {@code @EventListener} (the conversation) commits together with that mark, and an exception it throws
 * rolls both back and the event is tried again later. Texts are in Unicode NFC, trimmed.
 *
 * @param eventId the stored event's id ({@code zalo_inbound_event.id})
 * @param userId the user's OA-scoped id (what {@code message/cs} takes as recipient)
 * @param eventName Zalo's event name, e.g. {@code user_send_text}
 * @param msgId Zalo's {@code message.msg_id}, or {@code null} for events without one (follow, shared info)
 * @param at when Zalo says it happened
 * @param payload what the event carries
 */
public record ZaloInbound(long eventId, String userId, String eventName, String msgId, Instant at, Payload payload) {

    /** What an event carries; one record per kind of event. */
    public sealed interface Payload permits Text, Image, File, Location, Link, Audio, Video, Sticker, Gif, Follow,
            Unfollow, SubmitInfo, ChatNow {
    }

    /**
     * An attachment that Zalo serves from a URL, fetched into the file store when the event was processed.
     *
     * @param url where Zalo served it (kept whatever happened)
     * @param file the stored file, or {@code null} if it was refused or could not be fetched
     * @param failure why it is not stored ({@code null} when stored), e.g. {@code TOO_LARGE}, {@code TIMEOUT},
     *        {@code HTTP_STATUS}, or {@code FILE_<reason>} when the file store refused it by its content
     */
    public record Media(String url, FileId file, String failure) {

        public boolean stored() {
            return file != null;
        }
    }

    /** {@code user_send_text}. */
    public record Text(String text) implements Payload {
    }

    /** {@code user_send_image}: one or more photos, with an optional caption. */
    public record Image(String caption, List<Media> images) implements Payload {
        public Image {
            images = List.copyOf(images);
        }
    }

    /** {@code user_send_file}: a document, with the name, size (bytes) and type Zalo gives, each possibly {@code null}. */
    public record File(Media file, String name, Long size, String type) implements Payload {
    }

    /**
     * {@code user_send_location}.
     *
     * @param address the place name the user's phone gave, or {@code null}
     */
    public record Location(BigDecimal latitude, BigDecimal longitude, String address) implements Payload {
    }

    /** {@code user_send_link}. */
    public record Link(String url, String description, String thumbnail, String text) implements Payload {
    }

    /** {@code user_send_audio}: a voice note. */
    public record Audio(Media audio) implements Payload {
    }

    /** {@code user_send_video}. */
    public record Video(Media video, String description, String thumbnail) implements Payload {
    }

    /** {@code user_send_sticker}: not fetched, only acknowledged. */
    public record Sticker(String stickerId, String url) implements Payload {
    }

    /** {@code user_send_gif}. */
    public record Gif(Media gif, String caption) implements Payload {
    }

    /** {@code follow}; {@code source} is where they followed from (e.g. {@code oa_profile}), or {@code null}. */
    public record Follow(String source) implements Payload {
    }

    /** {@code unfollow}. */
    public record Unfollow(String source) implements Payload {
    }

    /**
     * {@code user_submit_info}: the details the user agreed to share, from either shape of the event (the flat
     * {@code info{name, phone, address, ward, district, city}} or the newer {@code info{..., full_address{...}}}).
     * The phone is as Zalo sent it, usually {@code 84…}. Every field may be {@code null}.
     */
    public record SubmitInfo(String name, String phone, String address, String ward, String district, String city)
            implements Payload {
    }

    /** {@code user_click_chatnow}: the user tapped "Nhắn tin" on the OA's profile. */
    public record ChatNow() implements Payload {
    }
}
