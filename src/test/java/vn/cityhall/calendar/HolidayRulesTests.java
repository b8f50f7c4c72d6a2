package vn.cityhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cityhall.calendar.CalendarSettings.NationalDayBridge;

class HolidayRulesTests {

    private final HolidayRules defaults = new HolidayRules(CalendarSettings.defaults());
    private final HolidayRules withoutCompensation = new HolidayRules(CalendarSettings.defaults().withCompensation(false));

    @Test
    void listsTheElevenHolidaysOf2026AndTheCompensatoryDay() {
        assertThat(defaults.of(2026)).extracting(Holiday::date, Holiday::key).containsExactly(
                tuple(LocalDate.of(2026, 1, 1), HolidayKey.NEW_YEAR),
                // Tết 2026-02-17: the last day of the old year and the first four of the new.
                tuple(LocalDate.of(2026, 2, 16), HolidayKey.TET),
                tuple(LocalDate.of(2026, 2, 17), HolidayKey.TET),
                tuple(LocalDate.of(2026, 2, 18), HolidayKey.TET),
                tuple(LocalDate.of(2026, 2, 19), HolidayKey.TET),
                tuple(LocalDate.of(2026, 2, 20), HolidayKey.TET),
                tuple(LocalDate.of(2026, 4, 26), HolidayKey.HUNG_KINGS),
                // Giỗ Tổ falls on Sunday: Monday is the compensatory day.
                tuple(LocalDate.of(2026, 4, 27), HolidayKey.HUNG_KINGS),
                tuple(LocalDate.of(2026, 4, 30), HolidayKey.REUNIFICATION),
                tuple(LocalDate.of(2026, 5, 1), HolidayKey.LABOUR),
                tuple(LocalDate.of(2026, 9, 2), HolidayKey.NATIONAL_DAY),
                tuple(LocalDate.of(2026, 9, 3), HolidayKey.NATIONAL_DAY));
    }

    @Test
    void marksOnlyTheCompensatoryDayAsSuch() {
        assertThat(defaults.of(2026)).filteredOn(Holiday::isCompensatory).containsExactly(
                new Holiday(LocalDate.of(2026, 4, 27), HolidayKey.HUNG_KINGS, LocalDate.of(2026, 4, 26)));
        assertThat(withoutCompensation.of(2026)).noneMatch(Holiday::isCompensatory).hasSize(11);
    }

    @Test
    void compensatesNewYearOnASundayWithTheMonday() {
        // 1 January 2023 was a Sunday; Monday 2 January was the day off in lieu.
        assertThat(compensatoryDays(defaults, 2023)).contains(
                new Holiday(LocalDate.of(2023, 1, 2), HolidayKey.NEW_YEAR, LocalDate.of(2023, 1, 1)));
    }

    @Test
    void chainsPastAnotherHoliday() {
        // In 2023 Giỗ Tổ fell on Saturday 29 April and 30 April on the Sunday; Monday 1 May is a
        // holiday itself, so they gave Tuesday 2 and Wednesday 3 May (off 29/4-3/5, as in 2023).
        assertThat(compensatoryDays(defaults, 2023)).filteredOn(day -> day.date().getMonthValue() == 5).containsExactly(
                new Holiday(LocalDate.of(2023, 5, 2), HolidayKey.HUNG_KINGS, LocalDate.of(2023, 4, 29)),
                new Holiday(LocalDate.of(2023, 5, 3), HolidayKey.REUNIFICATION, LocalDate.of(2023, 4, 30)));
        assertThat(defaults.of(2023)).extracting(Holiday::date).contains(LocalDate.of(2023, 5, 1))
                .doesNotHaveDuplicates();
    }

    @Test
    void givesEachHolidayOnAWeekendItsOwnDay() {
        // 30 April 2022 was a Saturday, 1 May a Sunday: Monday 2 and Tuesday 3 May were off.
        assertThat(compensatoryDays(defaults, 2022)).filteredOn(day -> day.date().getMonthValue() == 5).containsExactly(
                new Holiday(LocalDate.of(2022, 5, 2), HolidayKey.REUNIFICATION, LocalDate.of(2022, 4, 30)),
                new Holiday(LocalDate.of(2022, 5, 3), HolidayKey.LABOUR, LocalDate.of(2022, 5, 1)));
        // Tết 2027: 1/1 is Saturday 6 February; Sat 6 and Sun 7 give Wed 10 and Thu 11, after Tết.
        assertThat(compensatoryDays(defaults, 2027)).filteredOn(day -> day.date().getMonthValue() == 2)
                .extracting(Holiday::date, Holiday::key).containsExactly(
                tuple(LocalDate.of(2027, 2, 10), HolidayKey.TET),
                tuple(LocalDate.of(2027, 2, 11), HolidayKey.TET));
    }

    @Test
    void compensatesOnTheConfiguredWeeklyRestDaysOnly() {
        // With Sunday the only rest day, Saturday 30 April 2022 is no reason for compensation.
        HolidayRules sundays = new HolidayRules(CalendarSettings.defaults()
                .withWeeklyRestDays(java.util.Set.of(java.time.DayOfWeek.SUNDAY)));
        assertThat(compensatoryDays(sundays, 2022)).filteredOn(day -> day.date().getMonthValue() == 5).containsExactly(
                new Holiday(LocalDate.of(2022, 5, 2), HolidayKey.LABOUR, LocalDate.of(2022, 5, 1)));
        // Giỗ Tổ 2022 fell on Sunday 10 April: Monday 11 April either way.
        assertThat(compensatoryDays(sundays, 2022)).extracting(Holiday::date).contains(LocalDate.of(2022, 4, 11));
    }

    @Test
    void putsCompensatoryDaysOnWeekdaysOfTheSameYearThatAreNoHoliday() {
        for (int year = 1900; year <= 2100; year++) {
            List<Holiday> days = defaults.of(year);
            assertThat(days).extracting(Holiday::date).doesNotHaveDuplicates().isSorted();
            for (Holiday day : days) {
                if (day.isCompensatory()) {
                    assertThat(day.date().getYear()).isEqualTo(year);
                    assertThat(day.date().getDayOfWeek().getValue()).as("%s", day).isLessThan(6);
                    assertThat(day.compensates().getDayOfWeek().getValue()).as("%s", day).isGreaterThan(5);
                }
            }
            long onWeekends = days.stream().filter(d -> !d.isCompensatory())
                    .filter(d -> d.date().getDayOfWeek().getValue() > 5).count();
            assertThat(days.stream().filter(Holiday::isCompensatory).count()).as("%d", year).isEqualTo(onWeekends);
        }
    }

    @Test
    void rejectsACompensatoryDayBeforeItsHoliday() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Holiday(LocalDate.of(2026, 4, 26),
                HolidayKey.HUNG_KINGS, LocalDate.of(2026, 4, 27)));
    }

    @Test
    void tetStartsOnTheLastDayOfTheOldYearEvenWhenItIsThe29th() {
        // Lunar 2024 ended on 29/12 (2025-01-28): there was no "30 Tết" that year.
        assertThat(tetDays(defaults, 2025)).containsExactly(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29),
                LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 1));
        assertThat(LunarDate.from(LocalDate.of(2025, 1, 28))).isEqualTo(LunarDate.of(2024, 12, 29));
    }

    @Test
    void takesTetOffsetsFromTheSettings() {
        HolidayRules rules = new HolidayRules(CalendarSettings.defaults().withTetDays(-2, 4));
        assertThat(tetDays(rules, 2026)).hasSize(7)
                .startsWith(LocalDate.of(2026, 2, 15)).endsWith(LocalDate.of(2026, 2, 21));
        assertThat(tetDays(new HolidayRules(CalendarSettings.defaults().withTetDays(0, 0)), 2026))
                .containsExactly(LocalDate.of(2026, 2, 17));
    }

    @Test
    void bridgesNationalDayWithTheDayAfterByDefault() {
        assertThat(nationalDays(defaults, 2025)).containsExactly(LocalDate.of(2025, 9, 2), LocalDate.of(2025, 9, 3));
    }

    @Test
    void bridgesNationalDayWithTheDayBeforeWhenConfigured() {
        HolidayRules rules = new HolidayRules(CalendarSettings.defaults()
                .withNationalDayBridge(NationalDayBridge.DAY_BEFORE));
        assertThat(nationalDays(rules, 2025)).containsExactly(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2));
    }

    @Test
    void omitsCultureDayByDefault() {
        assertThat(defaults.of(2026)).extracting(Holiday::key).doesNotContain(HolidayKey.CULTURE_DAY);
    }

    @Test
    void addsCultureDayFromTheConfiguredYear() {
        HolidayRules rules = new HolidayRules(CalendarSettings.defaults().withCultureDaySince(2026));
        assertThat(rules.of(2025)).extracting(Holiday::key).doesNotContain(HolidayKey.CULTURE_DAY);
        assertThat(rules.of(2026)).contains(new Holiday(LocalDate.of(2026, 11, 24), HolidayKey.CULTURE_DAY));
        assertThat(rules.of(2040)).contains(new Holiday(LocalDate.of(2040, 11, 24), HolidayKey.CULTURE_DAY));
    }

    @Test
    void givesElevenDistinctDaysEveryYearButIn1947() {
        for (int year = 1900; year <= 2100; year++) {
            List<Holiday> holidays = withoutCompensation.of(year);
            assertThat(holidays).extracting(Holiday::date).doesNotHaveDuplicates().isSorted()
                    .extracting(LocalDate::getYear).containsOnly(year);
            assertThat(holidays).as("holidays of %d", year).hasSize(year == 1947 ? 10 : 11);
        }
    }

    @Test
    void keepsHungKingsDayWhenItFallsOn30April() {
        // 10/3 lunar 1947 fell on 30 April, the only collision of two rules in 1900-2100.
        assertThat(withoutCompensation.of(1947)).contains(new Holiday(LocalDate.of(1947, 4, 30), HolidayKey.HUNG_KINGS))
                .extracting(Holiday::key).doesNotContain(HolidayKey.REUNIFICATION);
    }

    @Test
    void rejectsYearsOutsideTheSupportedRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.of(1899))
                .withMessage("Year 1899 is outside the supported range 1900-2100");
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.of(2101))
                .withMessage("Year 2101 is outside the supported range 1900-2100");
    }

    @Test
    void namesBundleMessagesAfterTheKey() {
        assertThat(HolidayKey.TET.messageCode()).isEqualTo("calendar.holiday.TET");
        assertThat(HolidayKey.NATIONAL_DAY.messageCode()).isEqualTo("calendar.holiday.NATIONAL_DAY");
    }

    private static List<LocalDate> tetDays(HolidayRules rules, int year) {
        return rules.of(year).stream().filter(h -> h.key() == HolidayKey.TET && !h.isCompensatory())
                .map(Holiday::date).toList();
    }

    private static List<LocalDate> nationalDays(HolidayRules rules, int year) {
        return rules.of(year).stream().filter(h -> h.key() == HolidayKey.NATIONAL_DAY && !h.isCompensatory())
                .map(Holiday::date).toList();
    }

    private static List<Holiday> compensatoryDays(HolidayRules rules, int year) {
        return rules.of(year).stream().filter(Holiday::isCompensatory).toList();
    }
}
