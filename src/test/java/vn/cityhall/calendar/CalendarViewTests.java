package vn.cityhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The day lists behind the calendar pages. */
class CalendarViewTests {

    private final WorkingCalendar calendar = new WorkingCalendar(CalendarSettings.defaults(), CalendarOverrides.of(
            DayOverride.workingDay(LocalDate.of(2026, 2, 7), "QĐ 123"),
            DayOverride.dayOff(LocalDate.of(2026, 2, 13), "QĐ 123"),
            DayOverride.workingDay(LocalDate.of(2026, 2, 20), null)));

    @Test
    void listsEveryDayOfAYear() {
        List<CalendarDay> days = calendar.daysOf(2026);
        assertThat(days).hasSize(365);
        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(days.get(364).date()).isEqualTo(LocalDate.of(2026, 12, 31));
        Map<DayKind, Long> kinds = days.stream().collect(Collectors.groupingBy(CalendarDay::kind, Collectors.counting()));
        // 11 holidays, one of them (Fri 20 Feb) worked by notice, one (Giỗ Tổ) on a Sunday,
        // which gives Mon 27 Apr as compensatory day; 104 weekend days less Giỗ Tổ and Sat 7 Feb
        // (worked by notice); Fri 13 Feb off by notice.
        assertThat(kinds).containsOnly(
                Map.entry(DayKind.HOLIDAY, 10L),
                Map.entry(DayKind.COMPENSATORY, 1L),
                Map.entry(DayKind.OVERRIDE_WORKING, 2L),
                Map.entry(DayKind.OVERRIDE_OFF, 1L),
                Map.entry(DayKind.WEEKEND, 102L),
                Map.entry(DayKind.WORKING, 249L));
        // 250 by the rules, +1 (7 Feb) -1 (13 Feb) +1 (20 Feb).
        assertThat(days.stream().filter(CalendarDay::isWorking).count()).isEqualTo(251);
    }

    @Test
    void describesEachDayOfAMonth() {
        Map<LocalDate, CalendarDay> february = calendar.daysOf(YearMonth.of(2026, 2)).stream()
                .collect(Collectors.toMap(CalendarDay::date, Function.identity()));
        assertThat(february).hasSize(28);

        CalendarDay tet = february.get(LocalDate.of(2026, 2, 17));
        assertThat(tet.kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(tet.holiday().key()).isEqualTo(HolidayKey.TET);
        assertThat(tet.lunarDate()).isEqualTo(LunarDate.of(2026, 1, 1));
        assertThat(tet.note()).isNull();
        assertThat(tet.isWorking()).isFalse();

        CalendarDay workedSaturday = february.get(LocalDate.of(2026, 2, 7));
        assertThat(workedSaturday.kind()).isEqualTo(DayKind.OVERRIDE_WORKING);
        assertThat(workedSaturday.holiday()).isNull();
        assertThat(workedSaturday.note()).isEqualTo("QĐ 123");

        CalendarDay workedTetDay = february.get(LocalDate.of(2026, 2, 20));
        assertThat(workedTetDay.kind()).isEqualTo(DayKind.OVERRIDE_WORKING);
        assertThat(workedTetDay.holiday().key()).isEqualTo(HolidayKey.TET);
        assertThat(workedTetDay.isOverridden()).isTrue();
        assertThat(workedTetDay.isWorking()).isTrue();

        assertThat(february.get(LocalDate.of(2026, 2, 13)).kind()).isEqualTo(DayKind.OVERRIDE_OFF);
        assertThat(february.get(LocalDate.of(2026, 2, 14)).kind()).isEqualTo(DayKind.WEEKEND);
        assertThat(february.get(LocalDate.of(2026, 2, 16)).lunarDate()).isEqualTo(LunarDate.of(2025, 12, 29));
    }

    @Test
    void describesASingleDay() {
        CalendarDay day = calendar.dayOf(LocalDate.of(2026, 4, 26));
        assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(day.holiday()).isEqualTo(new Holiday(LocalDate.of(2026, 4, 26), HolidayKey.HUNG_KINGS));
        assertThat(day.lunarDate()).isEqualTo(LunarDate.of(2026, 3, 10));
        assertThat(day.isOverridden()).isFalse();

        CalendarDay compensatory = calendar.dayOf(LocalDate.of(2026, 4, 27));
        assertThat(compensatory.kind()).isEqualTo(DayKind.COMPENSATORY);
        assertThat(compensatory.holiday().key()).isEqualTo(HolidayKey.HUNG_KINGS);
        assertThat(compensatory.holiday().compensates()).isEqualTo(LocalDate.of(2026, 4, 26));
    }

    @Test
    void listsLeapYearsWith366Days() {
        assertThat(calendar.daysOf(2028)).hasSize(366);
        assertThat(calendar.daysOf(YearMonth.of(2028, 2))).hasSize(29);
    }
}
