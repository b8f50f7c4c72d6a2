package vn.cityhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Properties that must hold for every day and every year from 1900 to 2100. */
class LunarCalendarPropertyTests {

    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    @Test
    void roundTripsEverySolarDay() {
        LunarDate previous = null;
        for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
            LunarDate lunar = LunarDate.from(date);
            assertThat(lunar.toSolar()).as("round trip of %s via %s", date, lunar).isEqualTo(date);
            if (previous != null) {
                assertFollows(previous, lunar);
            }
            previous = lunar;
        }
    }

    @Test
    void monthsHave29Or30DaysAndFollowEachOther() {
        for (int year = 1900; year <= 2100; year++) {
            List<LunarMonth> months = LunarCalendar.monthsOf(year);
            for (int i = 0; i < months.size(); i++) {
                LunarMonth month = months.get(i);
                assertThat(month.length()).as("%s", month).isIn(29, 30);
                if (i > 0) {
                    assertThat(month.firstDay()).isEqualTo(months.get(i - 1).lastDay().plusDays(1));
                }
            }
            LunarMonth nextFirst = LunarCalendar.monthsOf(Math.min(year + 1, 2100)).get(0);
            if (year < 2100) {
                assertThat(months.get(months.size() - 1).lastDay().plusDays(1)).isEqualTo(nextFirst.firstDay());
            }
        }
    }

    @Test
    void everyYearHas12MonthsOr13WithOneLeapMonth() {
        int leapYears = 0;
        for (int year = 1900; year <= 2100; year++) {
            List<LunarMonth> months = LunarCalendar.monthsOf(year);
            List<Integer> numbers = months.stream().filter(m -> !m.leap()).map(LunarMonth::number).toList();
            assertThat(numbers).as("year %d", year).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
            long leaps = months.stream().filter(LunarMonth::leap).count();
            assertThat(months).hasSize(12 + (int) leaps);
            assertThat(leaps).isLessThanOrEqualTo(1);
            months.stream().filter(LunarMonth::leap).forEach(leap -> {
                int index = months.indexOf(leap);
                assertThat(months.get(index - 1).number()).isEqualTo(leap.number());
            });
            leapYears += (int) leaps;
            int days = months.stream().mapToInt(LunarMonth::length).sum();
            assertThat(days).isBetween(353, 385);
        }
        // The Metonic cycle: 7 leap months in 19 years, so about 74 in 201 years.
        assertThat(leapYears).isBetween(72, 76);
    }

    @Test
    void tetFallsBetween21JanuaryAnd20February() {
        MonthDay earliest = MonthDay.of(1, 21);
        MonthDay latest = MonthDay.of(2, 20);
        for (int year = 1900; year <= 2100; year++) {
            LocalDate tet = LunarDate.of(year, 1, 1).toSolar();
            assertThat(tet.getYear()).isEqualTo(year);
            assertThat(MonthDay.from(tet)).as("Tết %d", year).isBetween(earliest, latest);
        }
    }

    @Test
    void theWinterSolsticeIsAlwaysInMonth11() {
        for (int year = 1900; year <= 2100; year++) {
            LocalDate solstice = LunarTime.date(SolsticeYear.winterSolsticeDay(year));
            assertThat(solstice.getMonthValue()).isEqualTo(12);
            assertThat(solstice.getDayOfMonth()).isBetween(21, 23);
            LunarDate lunar = LunarDate.from(solstice);
            assertThat(lunar.month()).as("solstice %s", solstice).isEqualTo(11);
            assertThat(lunar.leapMonth()).isFalse();
        }
    }

    @Test
    void leapMonthsAreSpreadOverTheYear() {
        // Leap months near the winter solstice are rare (the Sun moves fastest then), but occur.
        var byNumber = IntStream.rangeClosed(1900, 2100).boxed()
                .flatMap(year -> LunarCalendar.monthsOf(year).stream())
                .filter(LunarMonth::leap)
                .collect(Collectors.groupingBy(LunarMonth::number, Collectors.counting()));
        assertThat(byNumber.keySet()).contains(2, 3, 4, 5, 6, 7, 8);
        assertThat(byNumber.get(11)).isEqualTo(1); // 2033 only
        assertThat(byNumber).doesNotContainKeys(1, 12);
    }

    private static void assertFollows(LunarDate previous, LunarDate next) {
        if (next.day() == 1) {
            assertThat(previous.day()).isIn(29, 30);
            boolean sameNumber = next.month() == previous.month();
            if (sameNumber) {
                assertThat(next.leapMonth()).as("%s after %s", next, previous).isTrue();
            } else {
                assertThat(next.leapMonth()).isFalse();
                assertThat(next.month()).isEqualTo(previous.month() % 12 + 1);
            }
            assertThat(next.year()).isEqualTo(next.month() == 1 && !next.leapMonth() ? previous.year() + 1 : previous.year());
        } else {
            assertThat(next).isEqualTo(new LunarDate(previous.year(), previous.month(), previous.day() + 1,
                    previous.leapMonth()));
        }
    }
}
