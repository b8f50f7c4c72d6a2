package vn.cityhall.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Predicate;

import vn.cityhall.calendar.CalendarSettings.OfficePeriod;

/**
 * Arithmetic on working time: the office periods of the days that are worked. Works on local
 * date-times; the caller converts from and to the calendar's zone.
 */
final class OfficeHours {

    private final List<OfficePeriod> periods;

    OfficeHours(List<OfficePeriod> periods) {
        this.periods = List.copyOf(periods);
    }

    /**
     * The moment at which {@code amount} of working time has been worked since {@code start}.
     * Time outside office periods, and days that are not worked, do not count. If the amount
     * runs out exactly at the end of a period, that end is returned, not the start of the next.
     * A zero amount returns {@code start} unchanged.
     */
    LocalDateTime add(LocalDateTime start, Duration amount, Predicate<LocalDate> isWorkingDay) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Working time to add must not be negative: " + amount);
        }
        if (amount.isZero()) {
            return start;
        }
        Duration remaining = amount;
        LocalDate date = start.toLocalDate();
        LocalTime from = start.toLocalTime();
        while (true) {
            if (isWorkingDay.test(date)) {
                for (OfficePeriod period : periods) {
                    if (!from.isBefore(period.end())) {
                        continue;
                    }
                    LocalTime begin = from.isAfter(period.start()) ? from : period.start();
                    Duration available = Duration.between(begin, period.end());
                    if (remaining.compareTo(available) <= 0) {
                        return date.atTime(begin.plus(remaining));
                    }
                    remaining = remaining.minus(available);
                }
            }
            date = date.plusDays(1);
            from = LocalTime.MIN;
        }
    }

    /** Working time from {@code start} (inclusive) to {@code end} (exclusive); negative if {@code end} is earlier. */
    Duration between(LocalDateTime start, LocalDateTime end, Predicate<LocalDate> isWorkingDay) {
        if (end.isBefore(start)) {
            return between(end, start, isWorkingDay).negated();
        }
        Duration total = Duration.ZERO;
        for (LocalDate date = start.toLocalDate(); !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
            if (!isWorkingDay.test(date)) {
                continue;
            }
            for (OfficePeriod period : periods) {
                LocalDateTime from = later(date.atTime(period.start()), start);
                LocalDateTime to = earlier(date.atTime(period.end()), end);
                if (from.isBefore(to)) {
                    total = total.plus(Duration.between(from, to));
                }
            }
        }
        return total;
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
