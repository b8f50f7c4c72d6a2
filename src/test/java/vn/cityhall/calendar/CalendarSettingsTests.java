package vn.cityhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.cityhall.calendar.CalendarSettings.NationalDayBridge;
import vn.cityhall.calendar.CalendarSettings.OfficePeriod;

class CalendarSettingsTests {

    @Test
    void defaultsToTheNationalRules() {
        CalendarSettings settings = CalendarSettings.defaults();
        assertThat(settings.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(settings.weeklyRestDays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(settings.officeHours()).containsExactly(period(8, 0, 12, 0), period(13, 30, 17, 0));
        assertThat(settings.workingDayLength()).isEqualTo(Duration.ofMinutes(450));
        assertThat(settings.tetStartOffset()).isEqualTo(-1);
        assertThat(settings.tetEndOffset()).isEqualTo(3);
        assertThat(settings.nationalDayBridge()).isEqualTo(NationalDayBridge.DAY_AFTER);
        assertThat(settings.cultureDaySince()).isNull();
        assertThat(settings.compensateWeekendHolidays()).isTrue();
        assertThat(settings.overridesCacheTtl()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void changesOneSettingAtATime() {
        CalendarSettings settings = CalendarSettings.defaults()
                .withCultureDaySince(2027)
                .withNationalDayBridge(NationalDayBridge.DAY_BEFORE)
                .withOfficeHours(List.of(period(7, 30, 11, 30), period(13, 0, 16, 30)))
                .withWeeklyRestDays(Set.of(DayOfWeek.SUNDAY))
                .withTetDays(-2, 4)
                .withCompensation(false)
                .withOverridesCacheTtl(Duration.ofSeconds(5));
        assertThat(settings.cultureDaySince()).isEqualTo(2027);
        assertThat(settings.nationalDayBridge()).isEqualTo(NationalDayBridge.DAY_BEFORE);
        assertThat(settings.workingDayLength()).isEqualTo(Duration.ofHours(7).plusMinutes(30));
        assertThat(settings.weeklyRestDays()).containsExactly(DayOfWeek.SUNDAY);
        assertThat(settings.tetStartOffset()).isEqualTo(-2);
        assertThat(settings.tetEndOffset()).isEqualTo(4);
        assertThat(settings.zone()).isEqualTo(CalendarSettings.VIETNAM);
        assertThat(settings.compensateWeekendHolidays()).isFalse();
        assertThat(settings.overridesCacheTtl()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void copiesCollectionsDefensively() {
        Set<DayOfWeek> rest = new HashSet<>(Set.of(DayOfWeek.SUNDAY));
        CalendarSettings settings = CalendarSettings.defaults().withWeeklyRestDays(rest);
        rest.add(DayOfWeek.MONDAY);
        assertThat(settings.weeklyRestDays()).containsExactly(DayOfWeek.SUNDAY);
    }

    @Test
    void rejectsOverlappingOrUnorderedOfficePeriods() {
        CalendarSettings defaults = CalendarSettings.defaults();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> defaults.withOfficeHours(List.of(period(8, 0, 12, 0), period(11, 0, 17, 0))))
                .withMessageContaining("must not overlap");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> defaults.withOfficeHours(List.of(period(13, 30, 17, 0), period(8, 0, 12, 0))));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withOfficeHours(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> period(12, 0, 8, 0))
                .withMessageContaining("must end after it starts");
        assertThatIllegalArgumentException().isThrownBy(() -> period(8, 0, 8, 0));
    }

    @Test
    void acceptsAdjacentOfficePeriods() {
        CalendarSettings settings = CalendarSettings.defaults()
                .withOfficeHours(List.of(period(8, 0, 12, 0), period(12, 0, 16, 0)));
        assertThat(settings.workingDayLength()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void rejectsAWeekWithoutWorkingDays() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CalendarSettings.defaults().withWeeklyRestDays(EnumSet.allOf(DayOfWeek.class)));
    }

    @Test
    void rejectsTetOffsetsThatDoNotSurroundNewYearsDay() {
        CalendarSettings defaults = CalendarSettings.defaults();
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withTetDays(1, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withTetDays(-1, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withTetDays(-16, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withTetDays(-1, 16));
    }

    @Test
    void requiresAZone() {
        CalendarSettings d = CalendarSettings.defaults();
        assertThatNullPointerException().isThrownBy(() -> new CalendarSettings(null, d.weeklyRestDays(),
                d.officeHours(), -1, 3, NationalDayBridge.DAY_AFTER, null, true, Duration.ofMinutes(1)));
    }

    @Test
    void rejectsANegativeCacheTime() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CalendarSettings.defaults().withOverridesCacheTtl(Duration.ofSeconds(-1)));
    }

    @Test
    void readsOfficePeriodsWrittenAsText() {
        assertThat(OfficePeriod.of("08:00-12:00")).isEqualTo(period(8, 0, 12, 0));
        assertThat(OfficePeriod.of(" 7:30 - 11:45 ")).isEqualTo(period(7, 30, 11, 45));
        assertThatIllegalArgumentException().isThrownBy(() -> OfficePeriod.of("8h-12h"))
                .withMessageContaining("08:00-12:00");
        assertThatIllegalArgumentException().isThrownBy(() -> OfficePeriod.of("25:00-26:00"));
        assertThatIllegalArgumentException().isThrownBy(() -> OfficePeriod.of("12:00-08:00"));
        assertThatIllegalArgumentException().isThrownBy(() -> OfficePeriod.of(null));
    }

    private static OfficePeriod period(int fromHour, int fromMinute, int toHour, int toMinute) {
        return new OfficePeriod(LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
    }
}
