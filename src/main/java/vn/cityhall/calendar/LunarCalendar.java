package vn.cityhall.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conversions between solar (Gregorian) dates and Vietnamese lunar dates, for solar dates
 * from 1900-01-01 to 2100-12-31. The month tables of each solstice year are computed once
 * (a few dozen ephemeris evaluations) and kept; the cache holds at most ~200 small entries
 * and is safe for concurrent use.
 */
final class LunarCalendar {

    private static final Map<Integer, SolsticeYear> SOLSTICE_YEARS = new ConcurrentHashMap<>();

    private LunarCalendar() {
    }

    static LunarDate toLunar(LocalDate date) {
        SupportedYears.check(date);
        long day = LunarTime.dayNumber(date);
        SolsticeYear months = solsticeYear(date.getYear());
        int index = months.indexOfDay(day);
        if (index < 0) { // before this year's month 11: in the months that began last December
            months = solsticeYear(date.getYear() - 1);
            index = months.indexOfDay(day);
        }
        return new LunarDate(months.lunarYear(index), months.number(index),
                (int) (day - months.firstDay(index)) + 1, months.isLeap(index));
    }

    static LocalDate toSolar(LunarDate date) {
        SolsticeYear months = solsticeYearOf(date.year(), date.month());
        int index = months.indexOf(date.year(), date.month(), date.leapMonth());
        if (index < 0) {
            throw new IllegalArgumentException("Lunar year " + date.year() + " has no "
                    + (date.leapMonth() ? "leap " : "") + "month " + date.month());
        }
        if (date.day() > months.length(index)) {
            throw new IllegalArgumentException("Lunar month " + date.month() + (date.leapMonth() ? " (leap)" : "")
                    + " of " + date.year() + " has only " + months.length(index) + " days");
        }
        LocalDate solar = LunarTime.date(months.firstDay(index) + date.day() - 1);
        if (solar.getYear() < SupportedYears.FIRST || solar.getYear() > SupportedYears.LAST) {
            throw new IllegalArgumentException("Lunar date " + date + " falls on " + solar
                    + ", outside the supported range " + SupportedYears.FIRST + "-" + SupportedYears.LAST);
        }
        return solar;
    }

    static int lengthOfMonth(LunarDate date) {
        SolsticeYear months = solsticeYearOf(date.year(), date.month());
        int index = months.indexOf(date.year(), date.month(), date.leapMonth());
        if (index < 0) {
            throw new IllegalArgumentException("Lunar year " + date.year() + " has no "
                    + (date.leapMonth() ? "leap " : "") + "month " + date.month());
        }
        return months.length(index);
    }

    /** The months of a lunar year in order, 12 or 13 of them. */
    static List<LunarMonth> monthsOf(int lunarYear) {
        SupportedYears.check(lunarYear);
        List<LunarMonth> result = new ArrayList<>(13);
        for (SolsticeYear months : List.of(solsticeYear(lunarYear - 1), solsticeYear(lunarYear))) {
            for (int i = 0; i < months.monthCount(); i++) {
                if (months.lunarYear(i) == lunarYear) {
                    result.add(new LunarMonth(lunarYear, months.number(i), months.isLeap(i),
                            LunarTime.date(months.firstDay(i)), months.length(i)));
                }
            }
        }
        return List.copyOf(result);
    }

    /** Months 11 and 12 of a lunar year begin in its own solar year; months 1–10 in the one before. */
    private static SolsticeYear solsticeYearOf(int lunarYear, int month) {
        if (lunarYear < SupportedYears.FIRST - 1 || lunarYear > SupportedYears.LAST) {
            throw new IllegalArgumentException("Lunar year " + lunarYear + " is outside the supported range "
                    + SupportedYears.FIRST + "-" + SupportedYears.LAST);
        }
        return solsticeYear(month >= 11 ? lunarYear : lunarYear - 1);
    }

    private static SolsticeYear solsticeYear(int year) {
        return SOLSTICE_YEARS.computeIfAbsent(year, SolsticeYear::starting);
    }
}
