package vn.cityhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.calendar.CalendarSettings.NationalDayBridge;
import vn.cityhall.calendar.CalendarSettings.OfficePeriod;

/** {@code cityhall.calendar.*} properties reach the application's working calendar. */
class CalendarSettingsBindingTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(NoOverrides.class, CalendarConfiguration.class);

    @Test
    void bindsTheNationalDefaultsWhenNothingIsSet() {
        context.run(app -> {
            assertThat(app).hasSingleBean(WorkingCalendar.class);
            assertThat(app.getBean(CalendarSettings.class)).isEqualTo(CalendarSettings.defaults());
        });
    }

    @Test
    void officeHoursFromPropertiesChangeWorkingHourArithmetic() {
        context.withPropertyValues("cityhall.calendar.office-hours=07:30-11:30,13:00-16:30").run(app -> {
            WorkingCalendar calendar = app.getBean(WorkingCalendar.class);
            assertThat(calendar.settings().officeHours()).containsExactly(
                    new OfficePeriod(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                    new OfficePeriod(LocalTime.of(13, 0), LocalTime.of(16, 30)));
            // Wednesday 4 March 2026, 11:00 + 1 hour: 30 minutes before lunch, 30 after 13:00.
            assertThat(calendar.addWorkingHours(at(2026, 3, 4, 11, 0), Duration.ofHours(1)))
                    .isEqualTo(at(2026, 3, 4, 13, 30));
        });
        // With the defaults (08:00-12:00, 13:30-17:00) the same hour ends at 12:00.
        context.run(app -> assertThat(app.getBean(WorkingCalendar.class)
                .addWorkingHours(at(2026, 3, 4, 11, 0), Duration.ofHours(1))).isEqualTo(at(2026, 3, 4, 12, 0)));
    }

    @Test
    void bindsEveryOtherSetting() {
        context.withPropertyValues(
                "cityhall.calendar.weekly-rest-days=sunday",
                "cityhall.calendar.tet-start-offset=-2",
                "cityhall.calendar.tet-end-offset=4",
                "cityhall.calendar.national-day-bridge=day-before",
                "cityhall.calendar.culture-day-since=2026",
                "cityhall.calendar.compensate-weekend-holidays=false",
                "cityhall.calendar.overrides-cache-ttl=10s").run(app -> {
                    CalendarSettings settings = app.getBean(CalendarSettings.class);
                    assertThat(settings.weeklyRestDays()).containsExactly(DayOfWeek.SUNDAY);
                    assertThat(settings.tetStartOffset()).isEqualTo(-2);
                    assertThat(settings.tetEndOffset()).isEqualTo(4);
                    assertThat(settings.nationalDayBridge()).isEqualTo(NationalDayBridge.DAY_BEFORE);
                    assertThat(settings.cultureDaySince()).isEqualTo(2026);
                    assertThat(settings.overridesCacheTtl()).isEqualTo(Duration.ofSeconds(10));
                    WorkingCalendar calendar = app.getBean(WorkingCalendar.class);
                    assertThat(calendar.kindOf(LocalDate.of(2026, 4, 27))).isEqualTo(DayKind.WORKING);
                    assertThat(calendar.kindOf(LocalDate.of(2026, 11, 24))).isEqualTo(DayKind.HOLIDAY);
                    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isTrue();
                });
    }

    @Test
    void refusesToStartWithMalformedOfficeHours() {
        context.withPropertyValues("cityhall.calendar.office-hours=8h-12h")
                .run(app -> assertThat(app).hasFailed());
        context.withPropertyValues("cityhall.calendar.office-hours=13:30-17:00,08:00-12:00")
                .run(app -> assertThat(app).hasFailed());
    }

    private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, CalendarSettings.VIETNAM);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CalendarSettings.class)
    static class NoOverrides {

        @Bean
        CalendarOverrides calendarOverrides() {
            return CalendarOverrides.none();
        }
    }
}
