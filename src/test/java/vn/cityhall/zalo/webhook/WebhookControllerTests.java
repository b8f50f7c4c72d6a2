package vn.cityhall.zalo.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

import vn.cityhall.zalo.ZaloSettings;

class WebhookControllerTests {

    @Test
    void answers404WhileTheChannelIsOff() throws Exception {
        ZaloSettings off = new ZaloSettings(false, ZaloEvents.APP_ID, "", "", ZaloEvents.OA_SECRET_KEY, "", "",
                URI.create("http://localhost"), URI.create("http://localhost"), URI.create("http://localhost"), "",
                Duration.ofHours(5), Duration.ofSeconds(5), Duration.ofSeconds(15), 6, Duration.ofSeconds(10),
                Duration.ofHours(24));
        ZaloWebhookSettings settings = new ZaloWebhookSettings(DataSize.ofKilobytes(256), 5, Duration.ofSeconds(10),
                Duration.ofSeconds(1), Duration.ofSeconds(15), 100, DataSize.ofMegabytes(20), Duration.ofSeconds(60));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/zalo/webhook");
        request.setContent("{}".getBytes());

        assertThat(new WebhookController(off, settings, null, null).receive(request).getStatusCode().value())
                .isEqualTo(404);
    }
}
