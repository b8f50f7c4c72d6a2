package vn.cityhall.calendar;

import java.time.LocalDate;

/**
 * The years the calendar supports. The astronomical series and the ΔT fits are good far
 * beyond this range, but the holiday law and the tests only cover it.
 */
final class SupportedYears {

    static final int FIRST = 1900;
    static final int LAST = 2100;

    private SupportedYears() {
    }

    static int check(int year) {
        if (year < FIRST || year > LAST) {
            throw new IllegalArgumentException(
                    "Year " + year + " is outside the supported range " + FIRST + "-" + LAST);
        }
        return year;
    }

    static LocalDate check(LocalDate date) {
        if (date.getYear() < FIRST || date.getYear() > LAST) {
            throw new IllegalArgumentException(
                    "Date " + date + " is outside the supported range " + FIRST + "-" + LAST);
        }
        return date;
    }
}
