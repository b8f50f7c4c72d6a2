package vn.cityhall.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The city's working calendar: which days are worked, and deadlines counted in working days
 * or working hours. This is the calendar module's entry point for all other modules.
 * <p>
 * A day is, in order of precedence: what an override from an official notice makes it; a
 * public holiday by the rules ({@link HolidayKey}); a compensatory day for a holiday that fell
 * on a weekly rest day (when {@link CalendarSettings#compensateWeekendHolidays()}); a weekly
 * rest day; otherwise a working day.
 * Dates must lie in 1900–2100, else an {@link IllegalArgumentException} is thrown, also when
 * a count runs past 2100. Times are reckoned in {@link CalendarSettings#zone()}, never in the
 * JVM's default zone. Instances are thread-safe; the statutory holidays of each year are
 * computed once and cached, the overrides are asked for on every call (see
 * {@link CalendarOverrides}).
 */
public class WorkingCalendar {

    /** The first year the calendar supports. */
    public static final int FIRST_YEAR = SupportedYears.FIRST;
    /** The last year the calendar supports. */
    public static final int LAST_YEAR = SupportedYears.LAST;

    private final CalendarSettings settings;
    private final CalendarOverrides overrides;
    private final HolidayRules rules;
    private final OfficeHours officeHours;
    private final Map<Integer, Map<LocalDate, Holiday>> holidaysByYear = new ConcurrentHashMap<>();

    public WorkingCalendar(CalendarSettings settings, CalendarOverrides overrides) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.overrides = Objects.requireNonNull(overrides, "overrides");
        this.rules = new HolidayRules(settings);
        this.officeHours = new OfficeHours(settings.officeHours());
    }

    public CalendarSettings settings() {
        return settings;
    }

    /** Whether the calendar can answer for this year ({@value #FIRST_YEAR}–{@value #LAST_YEAR}). */
    public static boolean supports(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public boolean isWorkingDay(LocalDate date) {
        return new Days().kindOf(date).isWorking();
    }

    public DayKind kindOf(LocalDate date) {
        return new Days().kindOf(date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return new Days().nextWorking(date);
    }

    /**
     * The {@code n}-th working day after {@code date}: for n = 1 the next working day, whatever
     * {@code date} itself is. For n = 0, {@code date} itself if it is a working day, else the
     * next working day (a deadline "within 0 working days" of a Sunday falls on Monday).
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Number of working days must not be negative: " + n);
        }
        Days days = new Days();
        if (n == 0) {
            return days.kindOf(date).isWorking() ? date : days.nextWorking(date);
        }
        LocalDate result = date;
        for (int i = 0; i < n; i++) {
            result = days.nextWorking(result);
        }
        return result;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}: {@code from}
     * is not counted, {@code to} is, so {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}
     * for n &gt; 0. If {@code to} is before {@code from} the result is minus the number of working
     * days after {@code to} up to and including {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        SupportedYears.check(from);
        SupportedYears.check(to);
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        // Every day that is not a weekly rest day, then the exceptions: holidays and overrides in the
        // range. A page of overdue tasks asks this for deadlines months back, so it must not walk days.
        LocalDate first = from.plusDays(1);
        long span = ChronoUnit.DAYS.between(from, to);
        long count = span;
        for (DayOfWeek rest : settings.weeklyRestDays()) {
            count -= occurrences(rest, first, span);
        }
        Days days = new Days();
        Set<LocalDate> exceptions = new HashSet<>();
        for (int year = first.getYear(); year <= to.getYear() && span > 0; year++) {
            exceptions.addAll(holidays(year).keySet());
            exceptions.addAll(days.overridesIn(year).keySet());
        }
        for (LocalDate date : exceptions) {
            if (!date.isBefore(first) && !date.isAfter(to)) {
                boolean restDay = settings.weeklyRestDays().contains(date.getDayOfWeek());
                boolean working = days.kindOf(date).isWorking();
                count += working == !restDay ? 0 : working ? 1 : -1;
            }
        }
        return Math.toIntExact(count);
    }

    /** How many of the {@code span} days from {@code first} on fall on {@code day}. */
    private static long occurrences(DayOfWeek day, LocalDate first, long span) {
        int offset = Math.floorMod(day.getValue() - first.getDayOfWeek().getValue(), 7);
        return span <= offset ? 0 : (span - offset - 1) / 7 + 1;
    }

    /**
     * The moment at which {@code amount} of working time has been worked since {@code start},
     * counting only office hours of working days: a start at 12:30 counts from 13:30, a start
     * on a holiday from the first office hour of the next working day. If the amount runs out
     * exactly at the end of a period, that end is returned. A zero amount returns the start.
     *
     * @return the moment in the calendar's zone
     */
    public ZonedDateTime addWorkingHours(ZonedDateTime start, Duration amount) {
        LocalDateTime local = start.withZoneSameInstant(settings.zone()).toLocalDateTime();
        SupportedYears.check(local.toLocalDate());
        Days days = new Days();
        return officeHours.add(local, amount, date -> days.kindOf(date).isWorking()).atZone(settings.zone());
    }

    /** {@link #addWorkingHours(ZonedDateTime, Duration)} for instants. */
    public Instant addWorkingHours(Instant start, Duration amount) {
        return addWorkingHours(start.atZone(settings.zone()), amount).toInstant();
    }

    /** Working time from {@code start} (inclusive) to {@code end} (exclusive); negative if {@code end} is earlier. */
    public Duration workingTimeBetween(ZonedDateTime start, ZonedDateTime end) {
        LocalDateTime from = start.withZoneSameInstant(settings.zone()).toLocalDateTime();
        LocalDateTime to = end.withZoneSameInstant(settings.zone()).toLocalDateTime();
        SupportedYears.check(from.toLocalDate());
        SupportedYears.check(to.toLocalDate());
        Days days = new Days();
        return officeHours.between(from, to, date -> days.kindOf(date).isWorking());
    }

    /** {@link #workingTimeBetween(ZonedDateTime, ZonedDateTime)} for instants. */
    public Duration workingTimeBetween(Instant start, Instant end) {
        return workingTimeBetween(start.atZone(settings.zone()), end.atZone(settings.zone()));
    }

    /**
     * The public holidays of a solar year by the rules, with their compensatory days when the
     * settings give them, in date order; overrides not applied.
     */
    public List<Holiday> holidaysIn(int year) {
        return rules.of(year);
    }

    public CalendarDay dayOf(LocalDate date) {
        return new Days().describe(date);
    }

    /** Every day of a solar year, for a year view. */
    public List<CalendarDay> daysOf(int year) {
        SupportedYears.check(year);
        return describe(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** Every day of a month, for a month view. */
    public List<CalendarDay> daysOf(YearMonth month) {
        SupportedYears.check(month.getYear());
        return describe(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    private List<CalendarDay> describe(LocalDate from, LocalDate until) {
        Days days = new Days();
        List<CalendarDay> result = new ArrayList<>(366);
        for (LocalDate date = from; date.isBefore(until); date = date.plusDays(1)) {
            result.add(days.describe(date));
        }
        return List.copyOf(result);
    }

    private Map<LocalDate, Holiday> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, y -> {
            Map<LocalDate, Holiday> index = new HashMap<>();
            rules.of(y).forEach(holiday -> index.put(holiday.date(), holiday));
            return Map.copyOf(index);
        });
    }

    /** Answers about days for one call: asks for each year's overrides at most once. */
    private final class Days {

        private final Map<Integer, Map<LocalDate, DayOverride>> overridesByYear = new HashMap<>();

        DayKind kindOf(LocalDate date) {
            DayOverride override = overrideOn(date);
            if (override != null) {
                return override.kind() == DayOverride.Kind.DAY_OFF ? DayKind.OVERRIDE_OFF : DayKind.OVERRIDE_WORKING;
            }
            Holiday holiday = holidays(date.getYear()).get(date);
            if (holiday != null) {
                return holiday.isCompensatory() ? DayKind.COMPENSATORY : DayKind.HOLIDAY;
            }
            DayOfWeek dayOfWeek = date.getDayOfWeek();
            return settings.weeklyRestDays().contains(dayOfWeek) ? DayKind.WEEKEND : DayKind.WORKING;
        }

        LocalDate nextWorking(LocalDate date) {
            LocalDate next = date.plusDays(1);
            while (!kindOf(next).isWorking()) {
                next = next.plusDays(1);
            }
            return next;
        }

        CalendarDay describe(LocalDate date) {
            DayOverride override = overrideOn(date);
            return new CalendarDay(date, kindOf(date), holidays(date.getYear()).get(date),
                    override == null ? null : override.note(), LunarDate.from(date));
        }

        Map<LocalDate, DayOverride> overridesIn(int year) {
            return overridesByYear.computeIfAbsent(year, overrides::in);
        }

        private DayOverride overrideOn(LocalDate date) {
            SupportedYears.check(date);
            return overridesByYear.computeIfAbsent(date.getYear(), overrides::in).get(date);
        }
    }
}
