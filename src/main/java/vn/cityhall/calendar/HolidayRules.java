package vn.cityhall.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;

import vn.cityhall.calendar.CalendarSettings.NationalDayBridge;

/**
 * The public holidays of a solar year by the Labour Code 2019 (Law 45/2019/QH14), Art. 112(1):
 * 1 January; five days of Tết; the 10th day of the 3rd lunar month; 30 April; 1 May;
 * 2 September and one day before or after it. The Prime Minister fixes the exact Tết and
 * National Day days each year (Art. 112(3)); the settings give the usual choice, and the year's
 * notice is entered as overrides. The current rules are applied to every year, including
 * years before the 2019 Code: history, where needed, is also a matter for overrides.
 * <p>
 * When {@link CalendarSettings#compensateWeekendHolidays()} is on (the default), each holiday
 * that falls on a weekly rest day gives a compensatory day (nghỉ bù, Art. 111(3)): the next day
 * that is neither a rest day, nor a holiday, nor already a compensatory day. So Giỗ Tổ on Sunday
 * 26 April 2026 gives Monday 27 April; 30 April 2023, a Sunday, gives Tuesday 2 May, since
 * Monday 1 May is itself a holiday. Compensation follows the rules alone: overrides are applied
 * on top of it by the working calendar, and win for their dates.
 */
final class HolidayRules {

    private final CalendarSettings settings;

    HolidayRules(CalendarSettings settings) {
        this.settings = settings;
    }

    /** The holidays and compensatory days of a solar year, in date order, one per date. */
    List<Holiday> of(int year) {
        List<Holiday> holidays = statutory(year);
        if (!settings.compensateWeekendHolidays()) {
            return holidays;
        }
        Map<LocalDate, Holiday> days = new TreeMap<>();
        holidays.forEach(holiday -> days.put(holiday.date(), holiday));
        Set<DayOfWeek> rest = settings.weeklyRestDays();
        for (Holiday holiday : holidays) {
            if (rest.contains(holiday.date().getDayOfWeek())) {
                LocalDate day = holiday.date().plusDays(1);
                while (rest.contains(day.getDayOfWeek()) || days.containsKey(day)) {
                    day = day.plusDays(1);
                }
                // The last holiday of a year is in November at the latest, so this never
                // reaches the next year.
                days.put(day, Holiday.compensating(day, holiday));
            }
        }
        return List.copyOf(days.values());
    }

    /** The public holidays themselves, without compensatory days. */
    private List<Holiday> statutory(int year) {
        SupportedYears.check(year);
        Map<LocalDate, HolidayKey> days = new TreeMap<>();
        add(days, LocalDate.of(year, Month.JANUARY, 1), HolidayKey.NEW_YEAR);

        // Tết of the lunar year that begins in this solar year (always 21 Jan - 20 Feb), with
        // offsets of at most 15 days, so all its days fall within this solar year.
        LocalDate tet = LunarDate.of(year, 1, 1).toSolar();
        for (int offset = settings.tetStartOffset(); offset <= settings.tetEndOffset(); offset++) {
            add(days, tet.plusDays(offset), HolidayKey.TET);
        }

        // The 3rd month proper, never a leap 3rd month.
        add(days, LunarDate.of(year, 3, 10).toSolar(), HolidayKey.HUNG_KINGS);
        add(days, LocalDate.of(year, Month.APRIL, 30), HolidayKey.REUNIFICATION);
        add(days, LocalDate.of(year, Month.MAY, 1), HolidayKey.LABOUR);

        LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
        add(days, nationalDay, HolidayKey.NATIONAL_DAY);
        add(days, settings.nationalDayBridge() == NationalDayBridge.DAY_BEFORE
                ? nationalDay.minusDays(1) : nationalDay.plusDays(1), HolidayKey.NATIONAL_DAY);

        if (settings.cultureDaySince() != null && year >= settings.cultureDaySince()) {
            add(days, LocalDate.of(year, Month.NOVEMBER, 24), HolidayKey.CULTURE_DAY);
        }

        List<Holiday> result = new ArrayList<>(days.size());
        days.forEach((date, key) -> result.add(new Holiday(date, key)));
        return List.copyOf(result);
    }

    /**
     * Keeps the first holiday put on a date. Between 1900 and 2100 two rules collide only in
     * 1947, when 10/3 lunar fell on 30 April, decades before either day was a holiday.
     */
    private static void add(Map<LocalDate, HolidayKey> days, LocalDate date, HolidayKey key) {
        days.putIfAbsent(date, key);
    }
}
