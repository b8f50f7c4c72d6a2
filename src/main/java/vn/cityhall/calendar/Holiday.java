package vn.cityhall.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One day of a public holiday, as the statutory rules put it (before any override). */
public record Holiday(LocalDate date, HolidayKey key) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(key, "key");
    }
}
