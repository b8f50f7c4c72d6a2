package vn.cityhall.organization.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Declared image origins (e.g. the map's tile server) widen img-src and nothing else. */
class ContentSecurityPolicyTests {

    @Test
    void imageOriginsAreAllowedForImagesOnly() {
        String policy = SecurityConfiguration.contentSecurityPolicy(List.of("https://tile.openstreetmap.org",
                "https://tile.openstreetmap.org"));
        assertThat(policy).contains("img-src 'self' data: blob: https://tile.openstreetmap.org; font-src 'self';")
                .contains("script-src 'self';").contains("connect-src 'self';");
        assertThat(policy.split("tile.openstreetmap.org", -1)).hasSize(2);
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("img-src 'self' data: blob:; ");
    }
}
