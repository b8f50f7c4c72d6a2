package vn.cityhall.zalo.fake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The built-in fake Zalo ({@code cityhall.zalo.fake.*}), for tests and the demo's chat simulator only.
 *
 * @param enabled whether the fake's routes under {@code /zalo-fake} exist (never on a real installation)
 * @param receipts whether the fake, as Zalo does, posts signed {@code oa_send_text} echoes and
 *        {@code user_received_message} receipts to the application's webhook after it accepts a message
 * @param receiptDelay how long after accepting a message its receipt is posted
 * @param webhookUrl where the fake posts events; empty for this application's own {@code /zalo/webhook}
 */
@ConfigurationProperties("cityhall.zalo.fake")
public record FakeZaloSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("false") boolean receipts,
        @DefaultValue("500ms") Duration receiptDelay,
        @DefaultValue("") String webhookUrl) {
}
