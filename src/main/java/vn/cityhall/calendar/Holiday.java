package vn.cityhall.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day off by the statutory rules (before any override): a public holiday, or a
 * compensatory day (nghỉ bù) given in place of a holiday that fell on a weekly rest day.
 *
 * @param date the day off
 * @param key the holiday; for a compensatory day, the holiday it makes up for
 * @param compensates for a compensatory day, the date of the holiday it makes up for; else {@code null}
 */
public record Holiday(LocalDate date, HolidayKey key, LocalDate compensates) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(key, "key");
        if (compensates != null && !compensates.isBefore(date)) {
            throw new IllegalArgumentException("A compensatory day must follow the holiday it makes up for: "
                    + date + " for " + compensates);
        }
    }

    /** A public holiday itself. */
    public Holiday(LocalDate date, HolidayKey key) {
        this(date, key, null);
    }

    /** The compensatory day {@code date} for {@code holiday}. */
    public static Holiday compensating(LocalDate date, Holiday holiday) {
        return new Holiday(date, holiday.key(), holiday.date());
    }

    /** Whether this is a compensatory day rather than the holiday itself. */
    public boolean isCompensatory() {
        return compensates != null;
    }
}
