package vn.cityhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known dates of the Vietnamese lunar calendar. */
class LunarDateTests {

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
            // The reference vectors (vn-standards §7.2).
            "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
            "2028, 2028-01-26", "2029, 2029-02-13", "2030, 2030-02-02",
            // Vietnam at UTC+7 differs from China at UTC+8: China 1968-01-30, 1985-02-20, 2007-02-18.
            "1968, 1968-01-29", "1985, 1985-01-21", "2007, 2007-02-17",
            // Other well-known Tết dates.
            "2000, 2000-02-05", "2001, 2001-01-24", "2004, 2004-01-22", "2010, 2010-02-14",
            "2015, 2015-02-19", "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01",
            "2023, 2023-01-22"})
    void findsTet(int year, LocalDate tet) {
        assertThat(LunarDate.of(year, 1, 1).toSolar()).isEqualTo(tet);
        assertThat(LunarDate.from(tet)).isEqualTo(LunarDate.of(year, 1, 1));
        assertThat(LunarDate.from(tet.minusDays(1))).satisfies(lastDay -> {
            assertThat(lastDay.year()).isEqualTo(year - 1);
            assertThat(lastDay.month()).isEqualTo(12);
            assertThat(lastDay.day()).isEqualTo(lastDay.lengthOfMonth());
        });
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} is {1}")
    @CsvSource({"2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16",
            "2028, 2028-04-04", "2029, 2029-04-23", "2030, 2030-04-12", "2023, 2023-04-29"})
    void findsHungKingsDay(int year, LocalDate day) {
        assertThat(LunarDate.of(year, 3, 10).toSolar()).isEqualTo(day);
        assertThat(LunarDate.from(day)).isEqualTo(LunarDate.of(year, 3, 10));
    }

    @ParameterizedTest(name = "{0} has leap month {1}")
    @CsvSource({"2001, 4", "2004, 2", "2006, 7", "2009, 5", "2012, 4", "2014, 9", "2017, 6",
            "2020, 4", "2023, 2", "2025, 6", "2028, 5", "2031, 3", "2033, 11", "2036, 6"})
    void findsLeapMonth(int year, int leapMonth) {
        assertThat(leapMonthsOf(year)).containsExactly(leapMonth);
    }

    @ParameterizedTest(name = "{0} has no leap month")
    @CsvSource({"2024", "2026", "2027", "2029", "2030", "2034"})
    void findsYearsWithoutLeapMonth(int year) {
        assertThat(leapMonthsOf(year)).isEmpty();
    }

    @Test
    void placesTheLeapMonthAfterTheMonthItRepeats() {
        // 2025: leap 6th month from 2025-07-25 (6th month proper began 2025-06-25).
        assertThat(LunarDate.of(2025, 6, 1).toSolar()).isEqualTo(LocalDate.of(2025, 6, 25));
        assertThat(new LunarDate(2025, 6, 1, true).toSolar()).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(LunarDate.from(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(2025, 6, 1, true));
        assertThat(LunarDate.of(2025, 7, 1).toSolar()).isEqualTo(LocalDate.of(2025, 8, 23));
    }

    @Test
    void resolves2033WithALeap11thMonth() {
        // The "2033 problem": between the solstices of 2033 and 2034 three months lack a major
        // term. At UTC+7, as in China's resolution, the first rule gives a leap 11th month,
        // 2033-12-22 to 2034-01-19, after the 11th month that holds the solstice of 2033-12-21.
        assertThat(LunarDate.of(2033, 11, 1).toSolar()).isEqualTo(LocalDate.of(2033, 11, 22));
        assertThat(LunarDate.from(LocalDate.of(2033, 12, 21))).isEqualTo(LunarDate.of(2033, 11, 30));
        assertThat(new LunarDate(2033, 11, 1, true).toSolar()).isEqualTo(LocalDate.of(2033, 12, 22));
        assertThat(LunarDate.of(2033, 12, 1).toSolar()).isEqualTo(LocalDate.of(2034, 1, 20));
        assertThat(LunarDate.of(2034, 1, 1).toSolar()).isEqualTo(LocalDate.of(2034, 2, 19));
    }

    @Test
    void pinsMonthsWhoseNewMoonOrTermFallsWithinSecondsOfMidnight() {
        // These depend on the ephemeris itself: Meeus' series and a VSOP87-based ephemeris
        // put the event on different sides of 00:00 UTC+7. Pinned so a change is noticed.
        // New moon 1967-07-07 23:59:58 UTC+7 (Meeus ch. 49): the 6th month starts on the 7th.
        assertThat(LunarDate.of(1967, 6, 1).toSolar()).isEqualTo(LocalDate.of(1967, 7, 7));
        // September equinox 1938-09-23 23:58:37 UTC+7 (Meeus ch. 25, ±15 min): the month from
        // 1938-08-25 holds no major term, so 1938 has a leap 7th month only if the equinox
        // is after midnight; by this ephemeris the leap month is the 8th, from 1938-09-24.
        assertThat(leapMonthsOf(1938)).containsExactly(8);
    }

    @Test
    void convertsTheEdgesOfTheSupportedRange() {
        assertThat(LunarDate.from(LocalDate.of(1900, 1, 1))).isEqualTo(LunarDate.of(1899, 12, 1));
        assertThat(LunarDate.of(1899, 12, 1).toSolar()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(LunarDate.of(1900, 1, 1).toSolar()).isEqualTo(LocalDate.of(1900, 1, 31));
        LunarDate last = LunarDate.from(LocalDate.of(2100, 12, 31));
        assertThat(last.year()).isEqualTo(2100);
        assertThat(last.toSolar()).isEqualTo(LocalDate.of(2100, 12, 31));
    }

    @Test
    void rejectsDatesOutsideTheSupportedRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.from(LocalDate.of(1899, 12, 31)))
                .withMessageContaining("1900-2100");
        assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.from(LocalDate.of(2101, 1, 1)))
                .withMessageContaining("1900-2100");
        assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.of(1899, 11, 1).toSolar())
                .withMessageContaining("outside the supported range");
        assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.of(2101, 1, 1).toSolar())
                .withMessageContaining("1900-2100");
    }

    @Test
    void rejectsImpossibleDates() {
        assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.of(2025, 13, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.of(2025, 0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.of(2025, 1, 31));
        assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.of(2025, 1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new LunarDate(2025, 5, 1, true).toSolar())
                .withMessage("Lunar year 2025 has no leap month 5");
        // The 12th month of lunar 2024 had 29 days: Tết 2025 famously had no "30 Tết".
        assertThat(LunarDate.of(2024, 12, 1).lengthOfMonth()).isEqualTo(29);
        assertThat(LunarDate.from(LocalDate.of(2025, 1, 28))).isEqualTo(LunarDate.of(2024, 12, 29));
        assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.of(2024, 12, 30).toSolar())
                .withMessage("Lunar month 12 of 2024 has only 29 days");
        assertThat(LunarDate.of(2025, 1, 1).lengthOfMonth()).isEqualTo(30);
        assertThatIllegalArgumentException().isThrownBy(() -> new LunarDate(2025, 5, 1, true).lengthOfMonth());
    }

    @Test
    void printsLeapMonthsWithAnL() {
        assertThat(LunarDate.of(2026, 1, 1)).hasToString("2026-01-01");
        assertThat(new LunarDate(2025, 6, 15, true)).hasToString("2025-06L-15");
    }

    private static List<Integer> leapMonthsOf(int year) {
        return LunarCalendar.monthsOf(year).stream().filter(LunarMonth::leap).map(LunarMonth::number).toList();
    }
}
