package vn.cityhall.zalo.outbound;

import java.net.URI;
import java.text.Normalizer;

/**
 * The card of Zalo's {@code request_user_info} template (zalo-oa.md §4.2): a citizen who taps it shares the
 * name and phone of their Zalo profile, which comes back as a {@code user_submit_info} event (§7.4). Every
 * sample of the template, the official SDKs' included, carries an image, so the image is required here too.
 *
 * @param title at most 100 characters (eSMS's documentation of the template)
 * @param subtitle at most 500 characters
 * @param imageUrl the card's picture, an absolute http(s) URL Zalo can fetch
 */
public record ZaloUserInfoRequest(String title, String subtitle, String imageUrl) {

    static final int MAX_TITLE = 100;
    static final int MAX_SUBTITLE = 500;

    public ZaloUserInfoRequest {
        title = nfc(title);
        subtitle = nfc(subtitle);
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("A request_user_info card needs a title of 1 to 100 characters");
        }
        if (subtitle == null || subtitle.isBlank() || subtitle.length() > MAX_SUBTITLE) {
            throw new IllegalArgumentException("A request_user_info card needs a subtitle of 1 to 500 characters");
        }
        if (!absoluteHttp(imageUrl)) {
            throw new IllegalArgumentException("A request_user_info card needs an absolute http(s) image URL: "
                    + imageUrl);
        }
    }

    /** What staff see for this card in the outbox and the conversation: the title and the subtitle. */
    String readable() {
        return title + "\n" + subtitle;
    }

    private static boolean absoluteHttp(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }
}
