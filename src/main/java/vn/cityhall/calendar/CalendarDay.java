package vn.cityhall.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of the working calendar, for calendar pages.
 *
 * @param date the solar date
 * @param kind what the day is, overrides applied
 * @param holiday the holiday or compensatory day the rules put on this date, or {@code null};
 *        kept when an override changes the day, so a page can show "Tết, worked by notice"
 * @param note the override's note, or {@code null}
 * @param lunarDate the same day in the lunar calendar
 */
public record CalendarDay(LocalDate date, DayKind kind, Holiday holiday, String note, LunarDate lunarDate) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lunarDate, "lunarDate");
    }

    public boolean isWorking() {
        return kind.isWorking();
    }

    /** Whether an official notice decides this day. */
    public boolean isOverridden() {
        return kind == DayKind.OVERRIDE_OFF || kind == DayKind.OVERRIDE_WORKING;
    }
}
