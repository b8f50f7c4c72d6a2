package vn.cityhall.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
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
 */
final class HolidayRules {

    private final CalendarSettings settings;

    HolidayRules(CalendarSettings settings) {
        this.settings = settings;
    }

    /** The holidays of a solar year, in date order, one per date. */
    List<Holiday> of(int year) {
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
