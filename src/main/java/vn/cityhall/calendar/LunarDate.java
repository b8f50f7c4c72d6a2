package vn.cityhall.calendar;

import java.time.LocalDate;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch): lunar year, month 1–12, day 1–30,
 * and whether the month is the leap (nhuận) month that repeats the number of the month before.
 * <p>
 * The calendar is computed astronomically at UTC+7: months begin on the day of the new moon,
 * month 11 contains the winter solstice, and in a year of thirteen months the first month
 * without a major solar term is the leap month (see Meeus, "Astronomical Algorithms",
 * ch. 25, 27 and 49). The {@code year} is the lunar year, which begins at Tết, so the solar
 * days of January before Tết belong to the previous lunar year. Conversions support solar
 * dates from 1900-01-01 to 2100-12-31 and the lunar dates that fall on them.
 *
 * @param year lunar year, numbered as the solar year in which its Tết falls
 * @param month 1–12
 * @param day 1–30 (a month has 29 or 30 days; {@link #toSolar()} checks which)
 * @param leapMonth whether the month is the leap month of the year
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Lunar month must be 1-12, was " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("Lunar day must be 1-30, was " + day);
        }
    }

    /** A date in an ordinary (not leap) month. */
    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }

    /**
     * The lunar date of a solar date.
     *
     * @throws IllegalArgumentException if the date is outside 1900–2100
     */
    public static LunarDate from(LocalDate solar) {
        return LunarCalendar.toLunar(solar);
    }

    /**
     * The solar date of this lunar date.
     *
     * @throws IllegalArgumentException if the year has no such (leap) month, the month has
     *         fewer days, or the date falls outside 1900–2100
     */
    public LocalDate toSolar() {
        return LunarCalendar.toSolar(this);
    }

    /**
     * Number of days, 29 or 30, in this date's month.
     *
     * @throws IllegalArgumentException if the year has no such (leap) month
     */
    public int lengthOfMonth() {
        return LunarCalendar.lengthOfMonth(this);
    }

    @Override
    public String toString() {
        return String.format("%d-%02d%s-%02d", year, month, leapMonth ? "L" : "", day);
    }
}
