package vn.cityhall.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class NotificationSettingsTests {

    @Test
    void dropsATrailingSlashOfTheBaseAddress() {
        assertThat(settings("https://cityhall.hanoi.gov.vn/", 20, Duration.ofMinutes(30)).baseUrl())
                .isEqualTo("https://cityhall.hanoi.gov.vn");
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatIllegalArgumentException().isThrownBy(() -> settings("cityhall.hanoi.gov.vn", 20, Duration.ofMinutes(30)))
                .withMessageContaining("base-url");
        assertThatIllegalArgumentException().isThrownBy(() -> settings("http://x", 0, Duration.ofMinutes(30)))
                .withMessageContaining("page-size");
        assertThatIllegalArgumentException().isThrownBy(() -> settings("http://x", 20, Duration.ofSeconds(10)))
                .withMessageContaining("stream-timeout");
    }

    private static NotificationSettings settings(String baseUrl, int pageSize, Duration streamTimeout) {
        return new NotificationSettings(false, "a@b", baseUrl, List.of("tasks.assigned"), List.of(), 8,
                Duration.ofMinutes(1), 50, Duration.ofSeconds(30), streamTimeout, Duration.ofSeconds(25), 10, pageSize);
    }
}
