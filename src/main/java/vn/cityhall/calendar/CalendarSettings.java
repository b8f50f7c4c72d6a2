package vn.cityhall.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the city's working calendar is set up, bound from {@code cityhall.calendar.*} (every
 * property has the default given below). {@link #defaults()} gives the same national rules
 * without Spring; the withers change one setting at a time.
 *
 * @param zone the zone in which days and office hours are reckoned, Asia/Ho_Chi_Minh by
 *        default; the calendar never uses the JVM's default zone
 * @param weeklyRestDays the weekly days off, Saturday and Sunday by default
 * @param officeHours the office periods of a working day in order, by default 08:00–12:00 and
 *        13:30–17:00 (a common civil-service schedule, but each city sets its own)
 * @param tetStartOffset first Tết holiday relative to lunar New Year's Day, -1 by default (the
 *        last day of the old year); between -15 and 0
 * @param tetEndOffset last Tết holiday relative to lunar New Year's Day, 3 by default (the
 *        4th day of the 1st month); between 0 and 15
 * @param nationalDayBridge which day next to 2 September is the second National Day holiday
 *        (Labour Code 2019, Art. 112(1)(đ)), the day after by default
 * @param cultureDaySince first year in which 24 November (Ngày Văn hóa Việt Nam) is a holiday,
 *        or {@code null}, the default, while it is not law (proposed in NQ 30/NQ-CP, 2026)
 * @param compensateWeekendHolidays whether a holiday that falls on a weekly rest day gives the
 *        next working day off (nghỉ bù, Labour Code 2019, Art. 111(3)); {@code true} by default
 * @param overridesCacheTtl how long a node trusts the overrides it has read for a year before it
 *        reads them again, so that a change made on another node shows within this time (a change
 *        made on this node shows at once); one minute by default
 */
@ConfigurationProperties("cityhall.calendar")
public record CalendarSettings(
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @DefaultValue({"SATURDAY", "SUNDAY"}) Set<DayOfWeek> weeklyRestDays,
        @DefaultValue({"08:00-12:00", "13:30-17:00"}) List<OfficePeriod> officeHours,
        @DefaultValue("-1") int tetStartOffset,
        @DefaultValue("3") int tetEndOffset,
        @DefaultValue("DAY_AFTER") NationalDayBridge nationalDayBridge,
        Integer cultureDaySince,
        @DefaultValue("true") boolean compensateWeekendHolidays,
        @DefaultValue("1m") Duration overridesCacheTtl) {

    /** Vietnam's time zone. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final int MAX_TET_OFFSET = 15;

    public CalendarSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(nationalDayBridge, "nationalDayBridge");
        Objects.requireNonNull(overridesCacheTtl, "overridesCacheTtl");
        if (overridesCacheTtl.isNegative()) {
            throw new IllegalArgumentException("The overrides cache time must not be negative: " + overridesCacheTtl);
        }
        weeklyRestDays = Set.copyOf(weeklyRestDays);
        if (weeklyRestDays.size() >= DayOfWeek.values().length) {
            throw new IllegalArgumentException("At least one day of the week must be a working day");
        }
        officeHours = List.copyOf(officeHours);
        if (officeHours.isEmpty()) {
            throw new IllegalArgumentException("At least one office period is required");
        }
        for (int i = 1; i < officeHours.size(); i++) {
            if (officeHours.get(i).start().isBefore(officeHours.get(i - 1).end())) {
                throw new IllegalArgumentException("Office periods must be in order and must not overlap: "
                        + officeHours);
            }
        }
        if (tetStartOffset < -MAX_TET_OFFSET || tetStartOffset > 0
                || tetEndOffset < 0 || tetEndOffset > MAX_TET_OFFSET) {
            throw new IllegalArgumentException("Tết offsets must satisfy -15 <= start <= 0 <= end <= 15, were "
                    + tetStartOffset + " and " + tetEndOffset);
        }
    }

    /**
     * The national defaults: Sat–Sun off, 08:00–12:00 and 13:30–17:00, five days of Tết, the day
     * after National Day, compensatory days on, overrides re-read every minute.
     */
    public static CalendarSettings defaults() {
        return new CalendarSettings(VIETNAM, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                List.of(new OfficePeriod(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new OfficePeriod(LocalTime.of(13, 30), LocalTime.of(17, 0))),
                -1, 3, NationalDayBridge.DAY_AFTER, null, true, Duration.ofMinutes(1));
    }

    public CalendarSettings withOfficeHours(List<OfficePeriod> periods) {
        return new CalendarSettings(zone, weeklyRestDays, periods, tetStartOffset, tetEndOffset,
                nationalDayBridge, cultureDaySince, compensateWeekendHolidays, overridesCacheTtl);
    }

    public CalendarSettings withWeeklyRestDays(Set<DayOfWeek> days) {
        return new CalendarSettings(zone, days, officeHours, tetStartOffset, tetEndOffset,
                nationalDayBridge, cultureDaySince, compensateWeekendHolidays, overridesCacheTtl);
    }

    /** Tết holidays from {@code startOffset} to {@code endOffset} days around lunar New Year's Day. */
    public CalendarSettings withTetDays(int startOffset, int endOffset) {
        return new CalendarSettings(zone, weeklyRestDays, officeHours, startOffset, endOffset,
                nationalDayBridge, cultureDaySince, compensateWeekendHolidays, overridesCacheTtl);
    }

    public CalendarSettings withNationalDayBridge(NationalDayBridge bridge) {
        return new CalendarSettings(zone, weeklyRestDays, officeHours, tetStartOffset, tetEndOffset,
                bridge, cultureDaySince, compensateWeekendHolidays, overridesCacheTtl);
    }

    /** 24 November is a holiday from the given year on. */
    public CalendarSettings withCultureDaySince(int year) {
        return new CalendarSettings(zone, weeklyRestDays, officeHours, tetStartOffset, tetEndOffset,
                nationalDayBridge, year, compensateWeekendHolidays, overridesCacheTtl);
    }

    /** Whether a holiday on a weekly rest day gives the next working day off. */
    public CalendarSettings withCompensation(boolean compensate) {
        return new CalendarSettings(zone, weeklyRestDays, officeHours, tetStartOffset, tetEndOffset,
                nationalDayBridge, cultureDaySince, compensate, overridesCacheTtl);
    }

    public CalendarSettings withOverridesCacheTtl(Duration ttl) {
        return new CalendarSettings(zone, weeklyRestDays, officeHours, tetStartOffset, tetEndOffset,
                nationalDayBridge, cultureDaySince, compensateWeekendHolidays, ttl);
    }

    /** Total office time of one working day. */
    public Duration workingDayLength() {
        return officeHours.stream().map(OfficePeriod::length).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * A period of office hours within a day, {@code start} inclusive, {@code end} exclusive. In
     * properties it is written {@code 08:00-12:00}.
     */
    public record OfficePeriod(LocalTime start, LocalTime end) {

        private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*");

        public OfficePeriod {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("Office period must end after it starts: " + start + "-" + end);
            }
        }

        /**
         * Reads a period written {@code HH:mm-HH:mm}, e.g. {@code 13:30-17:00}; also used by Spring
         * to convert property values.
         *
         * @throws IllegalArgumentException if the text is not such a period
         */
        public static OfficePeriod of(String text) {
            Matcher matcher = TEXT.matcher(text == null ? "" : text);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("An office period must be written like 08:00-12:00, was: " + text);
            }
            try {
                return new OfficePeriod(time(matcher.group(1)), time(matcher.group(2)));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("Not a time of day in office period " + text, e);
            }
        }

        private static LocalTime time(String text) {
            String[] parts = text.split(":");
            return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }

        public Duration length() {
            return Duration.between(start, end);
        }
    }

    /** Which day next to 2 September is also a National Day holiday. */
    public enum NationalDayBridge {
        /** 1 September. */
        DAY_BEFORE,
        /** 3 September. */
        DAY_AFTER
    }
}
