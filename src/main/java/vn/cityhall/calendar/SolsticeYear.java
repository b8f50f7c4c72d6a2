package vn.cityhall.calendar;

import java.time.LocalDate;

/**
 * The lunar months from the month that contains one winter solstice to the month before the
 * one that contains the next (the Chinese <i>suì</i>), numbered by the rules of the Vietnamese
 * calendar:
 * <ol>
 * <li>a lunar month runs from the day (UTC+7) of one new moon to the day before the next;</li>
 * <li>the month that contains the winter solstice is month 11;</li>
 * <li>if twelve months lie between two months 11, they are numbered 11, 12, 1, …, 10;</li>
 * <li>if thirteen, the first of them (after month 11) that contains no major solar term
 * (<i>trung khí</i>, the Sun's longitude reaching a multiple of 30°) is the leap month and
 * takes the number of the month before it.</li>
 * </ol>
 * A month contains a major term when the Sun's longitude crosses a multiple of 30° between
 * 00:00 UTC+7 on its first day and 00:00 UTC+7 on the first day of the next month. Months
 * numbered 11 and 12 (and a leap 11 or 12) belong to the lunar year that began in the solar
 * year of the solstice; the others belong to the next lunar year.
 */
final class SolsticeYear {

    private final int year;
    private final long[] starts; // first day of each month, plus that of the next month 11
    private final int[] numbers;
    private final int[] lunarYears;
    private final int leapIndex; // -1 when there is no leap month

    private SolsticeYear(int year, long[] starts, int leapIndex) {
        this.year = year;
        this.starts = starts;
        this.leapIndex = leapIndex;
        int count = starts.length - 1;
        this.numbers = new int[count];
        this.lunarYears = new int[count];
        int number = 10;
        int lunarYear = year;
        for (int i = 0; i < count; i++) {
            if (i != leapIndex) {
                number = number % 12 + 1;
                if (number == 1) {
                    lunarYear = year + 1;
                }
            }
            numbers[i] = number;
            lunarYears[i] = lunarYear;
        }
    }

    /** Computes the months that begin with the month 11 of the given solar year. */
    static SolsticeYear starting(int year) {
        long first = lunationContaining(winterSolsticeDay(year));
        long next = lunationContaining(winterSolsticeDay(year + 1));
        long[] starts = new long[(int) (next - first) + 1];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = LunarTime.dayOf(NewMoons.of(first + i));
        }
        return new SolsticeYear(year, starts, starts.length == 14 ? firstMonthWithoutMajorTerm(starts) : -1);
    }

    /** The day (UTC+7) of the December solstice of a solar year (Meeus ch. 27, by iteration). */
    static long winterSolsticeDay(int year) {
        double estimate = LunarTime.startOf(LunarTime.dayNumber(LocalDate.of(year, 12, 21)));
        return LunarTime.dayOf(SolarLongitude.reaches(SolarLongitude.WINTER_SOLSTICE, estimate));
    }

    /** The lunation whose new-moon day is on or before {@code day}, the next one's after it. */
    private static long lunationContaining(long day) {
        long k = NewMoons.lunationNear(day);
        while (LunarTime.dayOf(NewMoons.of(k)) > day) {
            k--;
        }
        while (LunarTime.dayOf(NewMoons.of(k + 1)) <= day) {
            k++;
        }
        return k;
    }

    private static int firstMonthWithoutMajorTerm(long[] starts) {
        for (int i = 1; i < starts.length - 1; i++) {
            if (termSector(starts[i]) == termSector(starts[i + 1])) {
                return i;
            }
        }
        // Twelve major terms cannot fill thirteen months, so this is unreachable.
        throw new IllegalStateException("No month without a major solar term in " + starts.length + " months");
    }

    /** Which 30° sector of longitude the Sun is in at 00:00 UTC+7 at the start of a day. */
    private static int termSector(long day) {
        return (int) (SolarLongitude.at(LunarTime.startOf(day)) / 30);
    }

    int year() {
        return year;
    }

    int monthCount() {
        return numbers.length;
    }

    long firstDay(int index) {
        return starts[index];
    }

    int length(int index) {
        return (int) (starts[index + 1] - starts[index]);
    }

    int number(int index) {
        return numbers[index];
    }

    boolean isLeap(int index) {
        return index == leapIndex;
    }

    int lunarYear(int index) {
        return lunarYears[index];
    }

    /** Index of the month containing a day, or -1 if the day is outside these months. */
    int indexOfDay(long day) {
        for (int i = 0; i < numbers.length; i++) {
            if (day >= starts[i] && day < starts[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    /** Index of a month of a lunar year, or -1 if these months do not include it. */
    int indexOf(int lunarYear, int month, boolean leap) {
        for (int i = 0; i < numbers.length; i++) {
            if (lunarYears[i] == lunarYear && numbers[i] == month && isLeap(i) == leap) {
                return i;
            }
        }
        return -1;
    }
}
