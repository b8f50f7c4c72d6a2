package vn.cityhall.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * The time scale of the Vietnamese lunar calendar: civil days at the fixed offset UTC+7
 * (the 105° E meridian), whatever the country's clocks showed in a given year. Using UTC+7
 * rather than China's UTC+8 is what makes the two calendars differ in some years (Tết 1985,
 * 2007). Days are identified by their Julian Day Number (JDN), the number of the day whose
 * noon (UT) begins it in the Julian Day count (Meeus ch. 7); {@link JulianFields#JULIAN_DAY}
 * provides the same numbering for {@link LocalDate}.
 */
final class LunarTime {

    /** Offset of the lunar calendar's meridian from Greenwich, in days (UTC+7). */
    private static final double OFFSET = 7.0 / 24.0;

    private LunarTime() {
    }

    /** The day number (UTC+7) on which an instant given as a Julian Ephemeris Day falls. */
    static long dayOf(double jde) {
        double universalTime = jde - DeltaT.days(jde);
        return (long) Math.floor(universalTime + OFFSET + 0.5);
    }

    /** The Julian Ephemeris Day of 00:00 UTC+7 at the start of a day. */
    static double startOf(long day) {
        double universalTime = day - 0.5 - OFFSET;
        return universalTime + DeltaT.days(universalTime);
    }

    static long dayNumber(LocalDate date) {
        return date.getLong(JulianFields.JULIAN_DAY);
    }

    static LocalDate date(long dayNumber) {
        return LocalDate.EPOCH.with(JulianFields.JULIAN_DAY, dayNumber);
    }
}
