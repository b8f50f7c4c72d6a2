package vn.cityhall.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class OfficeHoursTests {

    @Test
    void workingHoursSkipTheLunchBreakTheNightAndTheWeekend() {
        // Friday 16:00: one hour that day, four on Monday morning, three after the lunch break.
        var friday = LocalDateTime.of(2026, 3, 6, 16, 0).atZone(OfficeHours.ZONE).toInstant();

        assertThat(OfficeHours.addWorkingTime(friday, Duration.ofHours(8)).atZone(OfficeHours.ZONE).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 3, 9, 16, 30));
    }

    @Test
    void aSaturdayReceiptStartsOnMonday() {
        var saturday = LocalDateTime.of(2026, 3, 7, 10, 0).atZone(OfficeHours.ZONE).toInstant();

        assertThat(OfficeHours.addWorkingTime(saturday, Duration.ofHours(4)).atZone(OfficeHours.ZONE).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 3, 9, 12, 0));
    }

    @Test
    void theNthWorkingDayEndsAtFive() {
        var thursday = LocalDateTime.of(2026, 3, 5, 9, 0).atZone(OfficeHours.ZONE).toInstant();

        assertThat(OfficeHours.endOfWorkingDay(thursday, 10).atZone(OfficeHours.ZONE).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 3, 19, 17, 0));
    }
}
