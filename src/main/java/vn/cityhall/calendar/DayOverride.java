package vn.cityhall.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day whose status is fixed by an official notice rather than by the rules: a weekday given
 * off (e.g. a Tết day chosen by the Prime Minister, a compensatory day) or a rest day made a
 * working day (a Saturday worked to make up a bridge). An override always wins over the rules.
 *
 * @param date the day
 * @param kind whether the day is off or worked
 * @param note where the change comes from, e.g. the notice's number; may be {@code null}. It is
 *        data shown as entered, not UI text
 */
public record DayOverride(LocalDate date, Kind kind, String note) {

    public DayOverride {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    public static DayOverride dayOff(LocalDate date, String note) {
        return new DayOverride(date, Kind.DAY_OFF, note);
    }

    public static DayOverride workingDay(LocalDate date, String note) {
        return new DayOverride(date, Kind.WORKING_DAY, note);
    }

    /** What the override makes of its day. */
    public enum Kind {
        DAY_OFF,
        WORKING_DAY
    }
}
