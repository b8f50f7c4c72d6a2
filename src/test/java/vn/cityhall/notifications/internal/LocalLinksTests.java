package vn.cityhall.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalLinksTests {

    @Test
    void acceptsPathsOfThisSite() {
        assertThat(LocalLinks.isLocal("/")).isTrue();
        assertThat(LocalLinks.isLocal("/tasks/42")).isTrue();
        assertThat(LocalLinks.isLocal("/tasks?filter=overdue&unit=01.SXD#top")).isTrue();
    }

    @Test
    void refusesEverythingThatCouldLeaveTheSite() {
        for (String link : new String[] {null, "", "tasks/42", "//evil.example", "///evil.example", "/\\evil.example",
                "https://evil.example/x", "javascript:alert(1)", "/tasks/1\r\nLocation: https://evil.example",
                "/tasks 1", "\\\\evil.example", "/a\\b", "/" + "x".repeat(500)}) {
            assertThat(LocalLinks.isLocal(link)).as(String.valueOf(link)).isFalse();
            assertThat(LocalLinks.localOrNull(link)).isNull();
        }
    }
}
