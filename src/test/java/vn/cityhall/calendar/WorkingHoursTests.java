package vn.cityhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cityhall.calendar.CalendarSettings.OfficePeriod;

/** Working-hour arithmetic with the default office hours 08:00-12:00 and 13:30-17:00. */
class WorkingHoursTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final WorkingCalendar calendar = new WorkingCalendar(CalendarSettings.defaults(), CalendarOverrides.none());

    @Test
    void carriesHoursOverTheWeekend() {
        // Friday 16:00-17:00 is 1 hour, Monday 08:00-11:00 the other 3.
        assertThat(calendar.addWorkingHours(at(2026, 3, 6, 16, 0), Duration.ofHours(4)))
                .isEqualTo(at(2026, 3, 9, 11, 0));
    }

    @Test
    void countsFromTheAfternoonPeriodWhenStartingAtLunch() {
        assertThat(calendar.addWorkingHours(at(2026, 3, 4, 12, 30), Duration.ofHours(1)))
                .isEqualTo(at(2026, 3, 4, 14, 30));
        assertThat(calendar.addWorkingHours(at(2026, 3, 4, 11, 0), Duration.ofHours(2)))
                .isEqualTo(at(2026, 3, 4, 14, 30));
    }

    @Test
    void countsFromTheNextWorkingMorningWhenStartingOnAHoliday() {
        // Tết 2026-02-17 (Tuesday); the next working day is Monday 2026-02-23.
        assertThat(calendar.addWorkingHours(at(2026, 2, 17, 10, 0), Duration.ofHours(2)))
                .isEqualTo(at(2026, 2, 23, 10, 0));
        // The Friday before Tết: 1 hour on Friday, 3 after the holiday.
        assertThat(calendar.addWorkingHours(at(2026, 2, 13, 16, 0), Duration.ofHours(4)))
                .isEqualTo(at(2026, 2, 23, 11, 0));
    }

    @Test
    void countsFromOpeningWhenStartingBeforeAndFromTomorrowWhenAfter() {
        assertThat(calendar.addWorkingHours(at(2026, 3, 4, 6, 45), Duration.ofHours(1)))
                .isEqualTo(at(2026, 3, 4, 9, 0));
        assertThat(calendar.addWorkingHours(at(2026, 3, 4, 17, 30), Duration.ofHours(1)))
                .isEqualTo(at(2026, 3, 5, 9, 0));
    }

    @Test
    void endsAtTheEndOfAPeriodRatherThanTheStartOfTheNext() {
        assertThat(calendar.addWorkingHours(at(2026, 3, 4, 8, 0), Duration.ofHours(4)))
                .isEqualTo(at(2026, 3, 4, 12, 0));
        assertThat(calendar.addWorkingHours(at(2026, 3, 4, 8, 0), Duration.ofMinutes(450)))
                .isEqualTo(at(2026, 3, 4, 17, 0));
        assertThat(calendar.addWorkingHours(at(2026, 3, 4, 8, 0), Duration.ofMinutes(451)))
                .isEqualTo(at(2026, 3, 5, 8, 1));
    }

    @Test
    void addsManyDaysOfHours() {
        // 10 working days of 7.5 hours from Thursday 2026-02-12 08:00 ends at 17:00 on the
        // 9th working day after it (the 12th itself is the first): 2026-03-04.
        assertThat(calendar.addWorkingHours(at(2026, 2, 12, 8, 0), Duration.ofMinutes(450 * 10)))
                .isEqualTo(at(2026, 3, 4, 17, 0));
    }

    @Test
    void returnsTheStartForZeroAndRejectsNegativeAmounts() {
        assertThat(calendar.addWorkingHours(at(2026, 3, 7, 12, 30), Duration.ZERO)).isEqualTo(at(2026, 3, 7, 12, 30));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar.addWorkingHours(at(2026, 3, 4, 8, 0), Duration.ofHours(-1)));
    }

    @Test
    void reckonsInVietnamWhateverTheZoneOfTheInput() {
        // 09:00 UTC is 16:00 in Hanoi.
        Instant start = Instant.parse("2026-03-06T09:00:00Z");
        assertThat(calendar.addWorkingHours(start, Duration.ofHours(4))).isEqualTo(Instant.parse("2026-03-09T04:00:00Z"));
        ZonedDateTime result = calendar.addWorkingHours(start.atZone(ZoneOffset.UTC), Duration.ofHours(4));
        assertThat(result.getZone()).isEqualTo(HANOI);
        assertThat(result.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 9, 11, 0));
    }

    @Test
    void countsWorkingTimeBetweenTwoMoments() {
        assertThat(calendar.workingTimeBetween(at(2026, 3, 6, 16, 0), at(2026, 3, 9, 11, 0))).isEqualTo(Duration.ofHours(4));
        assertThat(calendar.workingTimeBetween(at(2026, 3, 9, 11, 0), at(2026, 3, 6, 16, 0))).isEqualTo(Duration.ofHours(-4));
        assertThat(calendar.workingTimeBetween(at(2026, 3, 4, 12, 10), at(2026, 3, 4, 13, 20))).isZero();
        assertThat(calendar.workingTimeBetween(at(2026, 3, 4, 9, 0), at(2026, 3, 4, 9, 0))).isZero();
        // A whole week, Monday 00:00 to Monday 00:00: five days of 7.5 hours.
        assertThat(calendar.workingTimeBetween(at(2026, 3, 2, 0, 0), at(2026, 3, 9, 0, 0)))
                .isEqualTo(Duration.ofMinutes(5 * 450));
        // The week of Tết 2026 has none.
        assertThat(calendar.workingTimeBetween(at(2026, 2, 16, 0, 0), at(2026, 2, 21, 0, 0))).isZero();
        assertThat(calendar.workingTimeBetween(Instant.parse("2026-03-06T09:00:00Z"),
                Instant.parse("2026-03-09T04:00:00Z"))).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void measuresBackWhatItAdds() {
        for (ZonedDateTime start = at(2026, 2, 10, 7, 0); start.isBefore(at(2026, 2, 28, 0, 0));
                start = start.plusMinutes(317)) {
            for (long minutes = 0; minutes <= 3000; minutes += 173) {
                Duration amount = Duration.ofMinutes(minutes);
                ZonedDateTime end = calendar.addWorkingHours(start, amount);
                assertThat(calendar.workingTimeBetween(start, end)).as("%s + %s", start, amount).isEqualTo(amount);
            }
        }
    }

    @Test
    void countsHoursOnASaturdayWorkedByNotice() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        WorkingCalendar withNotice = new WorkingCalendar(CalendarSettings.defaults(),
                CalendarOverrides.of(DayOverride.workingDay(saturday, null)));
        assertThat(withNotice.addWorkingHours(at(2026, 3, 6, 16, 0), Duration.ofHours(4)))
                .isEqualTo(at(2026, 3, 7, 11, 0));
    }

    @Test
    void usesConfiguredOfficeHours() {
        WorkingCalendar singleShift = new WorkingCalendar(CalendarSettings.defaults().withOfficeHours(
                List.of(new OfficePeriod(LocalTime.of(7, 30), LocalTime.of(16, 30)))), CalendarOverrides.none());
        assertThat(singleShift.addWorkingHours(at(2026, 3, 4, 12, 30), Duration.ofHours(5)))
                .isEqualTo(at(2026, 3, 5, 8, 30));
        assertThat(singleShift.workingTimeBetween(at(2026, 3, 4, 0, 0), at(2026, 3, 5, 0, 0)))
                .isEqualTo(Duration.ofHours(9));
    }

    @Test
    void rejectsMomentsOutsideTheSupportedRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar.addWorkingHours(at(2100, 12, 31, 16, 0), Duration.ofHours(2)))
                .withMessageContaining("2101-01-01");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar.workingTimeBetween(at(1899, 12, 31, 8, 0), at(1900, 1, 2, 8, 0)));
    }

    private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, HANOI);
    }
}
