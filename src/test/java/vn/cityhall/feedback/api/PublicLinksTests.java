package vn.cityhall.feedback.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PublicLinksTests {

    @Test
    void theConfiguredPublicAddressWinsOverTheRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/feedback");
        request.setServerName("10.0.0.5");
        request.setServerPort(8080);

        assertThat(new PublicLinks("https://phananh.hanoi.gov.vn/").tracking(request, "PA-2026-000123", "abc"))
                .isEqualTo("https://phananh.hanoi.gov.vn/portal/feedback/PA-2026-000123?t=abc");
        assertThat(new PublicLinks("").tracking(request, "PA-2026-000123", "abc"))
                .isEqualTo("http://10.0.0.5:8080/portal/feedback/PA-2026-000123?t=abc");
    }
}
