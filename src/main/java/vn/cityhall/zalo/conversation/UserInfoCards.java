package vn.cityhall.zalo.conversation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.cityhall.zalo.ZaloSettings;
import vn.cityhall.zalo.outbound.ZaloUserInfoRequest;

/**
 * The {@code request_user_info} card the contact step sends (zalo-oa.md §4.2, §7.4): the title names the city,
 * the subtitle says why the contact details are asked for, both from the bundle; the picture is
 * {@code cityhall.zalo.conversation.contact-image-url}, or the application's own banner. Every sample of the
 * template carries {@code image_url}, so it is never left out; Zalo fetches it from the internet, so a real
 * OA needs {@code cityhall.public-url} (or the setting) to be a public https address.
 */
@Component
class UserInfoCards {

    static final String BANNER = "/img/zalo-contact.png";
    private static final Logger log = LoggerFactory.getLogger(UserInfoCards.class);

    private final ConversationTexts texts;
    private final String imageUrl;

    UserInfoCards(ConversationTexts texts, ConversationSettings settings, ZaloSettings zalo,
            @Value("${cityhall.public-url:}") String publicUrl, @Value("${server.port:8080}") int port) {
        this.texts = texts;
        this.imageUrl = imageUrl(settings.contactImageUrl(), publicUrl, port);
        boolean realZalo = zalo.openApiUrl().getHost() != null && zalo.openApiUrl().getHost().endsWith("zalo.me");
        if (zalo.enabled() && realZalo && !imageUrl.startsWith("https://")) {
            log.warn("The Zalo contact card's picture {} is not a public https address: set cityhall.public-url"
                    + " or cityhall.zalo.conversation.contact-image-url", imageUrl);
        }
    }

    /** The setting, else the banner under the public address, else under this server on localhost. */
    static String imageUrl(String configured, String publicUrl, int port) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String base = publicUrl == null || publicUrl.isBlank() ? "http://localhost:" + port : publicUrl.strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + BANNER;
    }

    ZaloUserInfoRequest card() {
        return new ZaloUserInfoRequest(texts.t("userInfoCard.title", texts.raw("app.city")),
                texts.t("userInfoCard.subtitle"), imageUrl);
    }
}
