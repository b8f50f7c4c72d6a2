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

    @Test
    void listsTheElevenHolidaysOf2026() {
        assertThat(defaults.of(2026)).extracting(Holiday::date, Holiday::key).containsExactly(
                tuple(LocalDate.of(2026, 1, 1), HolidayKey.NEW_YEAR),
                // Tết 2026-02-17: the last day of the old year and the first four of the new.
                tuple(LocalDate.of(2026, 2, 16), HolidayKey.TET),
                tuple(LocalDate.of(2026, 2, 17), HolidayKey.TET),
                tuple(LocalDate.of(2026, 2, 18), HolidayKey.TET),
                tuple(LocalDate.of(2026, 2, 19), HolidayKey.TET),
                tuple(LocalDate.of(2026, 2, 20), HolidayKey.TET),
                tuple(LocalDate.of(2026, 4, 26), HolidayKey.HUNG_KINGS),
                tuple(LocalDate.of(2026, 4, 30), HolidayKey.REUNIFICATION),
                tuple(LocalDate.of(2026, 5, 1), HolidayKey.LABOUR),
                tuple(LocalDate.of(2026, 9, 2), HolidayKey.NATIONAL_DAY),
                tuple(LocalDate.of(2026, 9, 3), HolidayKey.NATIONAL_DAY));
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
            List<Holiday> holidays = defaults.of(year);
            assertThat(holidays).extracting(Holiday::date).doesNotHaveDuplicates().isSorted()
                    .extracting(LocalDate::getYear).containsOnly(year);
            assertThat(holidays).as("holidays of %d", year).hasSize(year == 1947 ? 10 : 11);
        }
    }

    @Test
    void keepsHungKingsDayWhenItFallsOn30April() {
        // 10/3 lunar 1947 fell on 30 April, the only collision of two rules in 1900-2100.
        assertThat(defaults.of(1947)).contains(new Holiday(LocalDate.of(1947, 4, 30), HolidayKey.HUNG_KINGS))
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
        return rules.of(year).stream().filter(h -> h.key() == HolidayKey.TET).map(Holiday::date).toList();
    }

    private static List<LocalDate> nationalDays(HolidayRules rules, int year) {
        return rules.of(year).stream().filter(h -> h.key() == HolidayKey.NATIONAL_DAY).map(Holiday::date).toList();
    }
}
