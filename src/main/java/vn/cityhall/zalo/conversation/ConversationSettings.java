package vn.cityhall.zalo.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The conversation's own settings ({@code cityhall.zalo.conversation.*}); how long a draft is kept is the
 * channel's ({@link vn.cityhall.zalo.ZaloSettings#draftExpiry()}).
 *
 * @param contactImageUrl the picture of the card that asks for the citizen's name and phone, an absolute URL
 *        Zalo can fetch; empty for the application's own banner, {@code /img/zalo-contact.png} under
 *        {@code cityhall.public-url}
 * @param expirySweep how often expired drafts are looked for (read by {@link DraftExpiry}'s schedule)
 */
@ConfigurationProperties("cityhall.zalo.conversation")
record ConversationSettings(
        @DefaultValue("") String contactImageUrl,
        @DefaultValue("5m") Duration expirySweep) {
}
