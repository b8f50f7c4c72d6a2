package vn.cityhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

    private final WorkingCalendar calendar = new WorkingCalendar(CalendarSettings.defaults(), CalendarOverrides.none());

    @Test
    void tellsWorkingDaysWeekendsAndHolidaysApart() {
        assertThat(calendar.kindOf(LocalDate.of(2026, 2, 12))).isEqualTo(DayKind.WORKING);
        assertThat(calendar.kindOf(LocalDate.of(2026, 2, 14))).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.kindOf(LocalDate.of(2026, 2, 15))).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.kindOf(LocalDate.of(2026, 2, 17))).isEqualTo(DayKind.HOLIDAY);
        // Giỗ Tổ 2026 falls on a Sunday: the holiday is what the calendar shows, and the Monday
        // after it is the compensatory day (Labour Code 2019, Art. 111(3)).
        assertThat(calendar.kindOf(LocalDate.of(2026, 4, 26))).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.kindOf(LocalDate.of(2026, 4, 27))).isEqualTo(DayKind.COMPENSATORY);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 12))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 3))).isFalse();
    }

    @Test
    void skipsTet2026AndWeekendsWhenAddingTenWorkingDays() {
        // From Thursday 2026-02-12 (not counted):
        //  1 Fri 02-13 | Sat 14, Sun 15, Tết Mon 16 - Fri 20, Sat 21, Sun 22 are off
        //  2 Mon 02-23, 3 Tue 02-24, 4 Wed 02-25, 5 Thu 02-26, 6 Fri 02-27 | Sat 28, Sun 01 off
        //  7 Mon 03-02, 8 Tue 03-03, 9 Wed 03-04, 10 Thu 03-05
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 10)).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 3, 5))).isEqualTo(10);
    }

    @Test
    void compensationLeavesTet2026Alone() {
        // The five Tết days of 2026 (Mon 16 - Fri 20 Feb) are all weekdays: no compensatory day.
        assertThat(calendar.settings().compensateWeekendHolidays()).isTrue();
        assertThat(calendar.daysOf(YearMonth.of(2026, 2))).extracting(CalendarDay::kind)
                .doesNotContain(DayKind.COMPENSATORY);
        WorkingCalendar withoutCompensation = new WorkingCalendar(CalendarSettings.defaults().withCompensation(false),
                CalendarOverrides.none());
        assertThat(withoutCompensation.addWorkingDays(LocalDate.of(2026, 2, 12), 10))
                .isEqualTo(calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 10))
                .isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void skipsTheCompensatoryDayWhenCounting() {
        // Fri 24 Apr + 1: Sat, Sun (Giỗ Tổ), Mon 27 (compensatory) are off.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
        WorkingCalendar withoutCompensation = new WorkingCalendar(CalendarSettings.defaults().withCompensation(false),
                CalendarOverrides.none());
        assertThat(withoutCompensation.kindOf(LocalDate.of(2026, 4, 27))).isEqualTo(DayKind.WORKING);
        assertThat(withoutCompensation.addWorkingDays(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 27));
    }

    @Test
    void letsOverridesWinOverCompensatoryDays() {
        LocalDate compensatory = LocalDate.of(2026, 4, 27);
        WorkingCalendar withNotice = new WorkingCalendar(CalendarSettings.defaults(),
                CalendarOverrides.of(DayOverride.workingDay(compensatory, "notice")));
        assertThat(withNotice.kindOf(compensatory)).isEqualTo(DayKind.OVERRIDE_WORKING);
        assertThat(withNotice.dayOf(compensatory).holiday())
                .isEqualTo(Holiday.compensating(compensatory, new Holiday(LocalDate.of(2026, 4, 26), HolidayKey.HUNG_KINGS)));
        assertThat(withNotice.addWorkingDays(LocalDate.of(2026, 4, 24), 1)).isEqualTo(compensatory);
    }

    @Test
    void addsZeroWorkingDaysAsTheSameOrNextWorkingDay() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 0)).isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 14), 0)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 14), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void rejectsNegativeWorkingDays() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1));
    }

    @Test
    void findsTheNextWorkingDay() {
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 4, 29))).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 2, 12))).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void countsWorkingDaysExcludingTheStartAndIncludingTheEnd() {
        LocalDate friday = LocalDate.of(2026, 3, 6);
        assertThat(calendar.workingDaysBetween(friday, friday)).isZero();
        assertThat(calendar.workingDaysBetween(friday, friday.plusDays(1))).isZero();
        assertThat(calendar.workingDaysBetween(friday, friday.plusDays(3))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(friday.plusDays(3), friday)).isEqualTo(-1);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 2, 12))).isEqualTo(-10);
    }

    @Test
    void countsTheWorkingDaysOf2026() {
        // 261 weekdays, less the 10 holidays on weekdays and Monday 27 April, the compensatory
        // day for Giỗ Tổ on Sunday 26 April.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)))
                .isEqualTo(250);
    }

    @Test
    void countsBackWhatItAdds() {
        for (LocalDate start = LocalDate.of(2025, 12, 1); start.isBefore(LocalDate.of(2026, 3, 1));
                start = start.plusDays(3)) {
            for (int n = 1; n <= 40; n += 3) {
                LocalDate end = calendar.addWorkingDays(start, n);
                assertThat(calendar.isWorkingDay(end)).isTrue();
                assertThat(calendar.workingDaysBetween(start, end)).as("%s + %d", start, n).isEqualTo(n);
                assertThat(calendar.workingDaysBetween(end, start)).isEqualTo(-n);
            }
        }
    }

    @Test
    void letsOverridesWinOverTheRules() {
        LocalDate saturday = LocalDate.of(2026, 2, 7);
        LocalDate friday = LocalDate.of(2026, 2, 13);
        LocalDate tetDay = LocalDate.of(2026, 2, 20);
        WorkingCalendar withNotice = new WorkingCalendar(CalendarSettings.defaults(), CalendarOverrides.of(
                DayOverride.workingDay(saturday, "notice"),
                DayOverride.dayOff(friday, "notice"),
                DayOverride.workingDay(tetDay, "notice")));

        assertThat(withNotice.kindOf(saturday)).isEqualTo(DayKind.OVERRIDE_WORKING);
        assertThat(withNotice.kindOf(friday)).isEqualTo(DayKind.OVERRIDE_OFF);
        assertThat(withNotice.kindOf(tetDay)).isEqualTo(DayKind.OVERRIDE_WORKING);
        assertThat(withNotice.isWorkingDay(saturday)).isTrue();
        assertThat(withNotice.isWorkingDay(friday)).isFalse();
        // Thursday 12th + 1: Friday is off now, so Tết's last day, worked by notice.
        assertThat(withNotice.addWorkingDays(LocalDate.of(2026, 2, 12), 1)).isEqualTo(tetDay);
        // (Fri 6, Sun 22]: by the rules Mon 9 - Fri 13 only; by the notice Sat 7, Mon 9 - Thu 12, Fri 20.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 22))).isEqualTo(5);
        assertThat(withNotice.workingDaysBetween(LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 22))).isEqualTo(6);
    }

    @Test
    void asksForOverridesOncePerYearPerCall() {
        AtomicInteger calls = new AtomicInteger();
        CalendarOverrides counting = year -> {
            calls.incrementAndGet();
            return Map.of();
        };
        WorkingCalendar counted = new WorkingCalendar(CalendarSettings.defaults(), counting);
        counted.workingDaysBetween(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 1));
        assertThat(calls).hasValue(2);
        counted.daysOf(2026);
        assertThat(calls).hasValue(3);
    }

    @Test
    void seesOverridesThatChangeAfterConstruction() {
        Map<LocalDate, DayOverride> stored = new ConcurrentHashMap<>();
        WorkingCalendar live = new WorkingCalendar(CalendarSettings.defaults(),
                year -> stored.entrySet().stream().filter(e -> e.getKey().getYear() == year)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        LocalDate monday = LocalDate.of(2026, 3, 2);
        assertThat(live.isWorkingDay(monday)).isTrue();
        stored.put(monday, DayOverride.dayOff(monday, null));
        assertThat(live.isWorkingDay(monday)).isFalse();
    }

    @Test
    void honoursOtherWeeklyRestDays() {
        WorkingCalendar sundaysOnly = new WorkingCalendar(
                CalendarSettings.defaults().withWeeklyRestDays(Set.of(DayOfWeek.SUNDAY)),
                CalendarOverrides.none());
        assertThat(sundaysOnly.isWorkingDay(LocalDate.of(2026, 3, 7))).isTrue();
        assertThat(sundaysOnly.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();
    }

    @Test
    void rejectsDatesOutsideTheSupportedRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.isWorkingDay(LocalDate.of(1899, 12, 31)))
                .withMessage("Date 1899-12-31 is outside the supported range 1900-2100");
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2100, 12, 29), 5))
                .withMessageContaining("2101-01-01");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2100, 1, 1), LocalDate.of(2101, 1, 1)));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.daysOf(2101))
                .withMessage("Year 2101 is outside the supported range 1900-2100");
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.daysOf(YearMonth.of(1899, 12)));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.holidaysIn(1899));
    }

    @Test
    void worksAtTheEdgesOfTheSupportedRange() {
        assertThat(calendar.isWorkingDay(LocalDate.of(1900, 1, 1))).isFalse(); // New Year's Day
        assertThat(calendar.isWorkingDay(LocalDate.of(2100, 12, 31))).isTrue(); // a Friday
        assertThat(calendar.daysOf(1900)).hasSize(365);
        assertThat(calendar.daysOf(2100)).hasSize(365);
    }

    @Test
    void givesTheSameAnswersUnderConcurrentUse() throws Exception {
        WorkingCalendar reference = new WorkingCalendar(CalendarSettings.defaults(), CalendarOverrides.none());
        WorkingCalendar shared = new WorkingCalendar(CalendarSettings.defaults(), CalendarOverrides.none());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                int year = 2000 + i % 8; // several threads race for each year's holidays
                counts.add(pool.submit(() -> shared.workingDaysBetween(LocalDate.of(year - 1, 12, 31),
                        LocalDate.of(year, 12, 31))));
            }
            for (int i = 0; i < counts.size(); i++) {
                int year = 2000 + i % 8;
                assertThat(counts.get(i).get()).isEqualTo(reference.workingDaysBetween(
                        LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void listsTheStatutoryHolidays() {
        assertThat(calendar.holidaysIn(2026)).hasSize(12).first()
                .isEqualTo(new Holiday(LocalDate.of(2026, 1, 1), HolidayKey.NEW_YEAR));
        assertThat(calendar.holidaysIn(2026)).filteredOn(Holiday::isCompensatory).containsExactly(
                new Holiday(LocalDate.of(2026, 4, 27), HolidayKey.HUNG_KINGS, LocalDate.of(2026, 4, 26)));
        assertThat(calendar.settings()).isEqualTo(CalendarSettings.defaults());
    }

    @Test
    void countingWorkingDaysAgreesWithWalkingThemOneByOne() {
        WorkingCalendar withOverrides = new WorkingCalendar(CalendarSettings.defaults(), CalendarOverrides.of(
                DayOverride.dayOff(LocalDate.of(2026, 2, 20), "Nghỉ bù Tết"),
                DayOverride.workingDay(LocalDate.of(2026, 2, 28), "Làm bù"),
                DayOverride.dayOff(LocalDate.of(2027, 9, 3), "Nghỉ thêm Quốc khánh")));
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 400; i++) {
            LocalDate from = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(1100));
            LocalDate to = from.plusDays(random.nextInt(i % 4 == 0 ? 700 : 40) - (i % 7 == 0 ? 20 : 0));
            assertThat(withOverrides.workingDaysBetween(from, to)).as(from + " → " + to)
                    .isEqualTo(walked(withOverrides, from, to));
        }
    }

    private static int walked(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -walked(calendar, to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            count += calendar.isWorkingDay(date) ? 1 : 0;
        }
        return count;
    }
}
