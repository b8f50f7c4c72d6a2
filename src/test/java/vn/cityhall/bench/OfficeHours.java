package vn.cityhall.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Deadlines as CityHall computes them by default, for generated data: office periods 08:00-12:00 and
 * 13:30-17:00 in Hanoi, Monday to Friday (holidays ignored).
 */
final class OfficeHours {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalTime[][] PERIODS = { { LocalTime.of(8, 0), LocalTime.of(12, 0) },
            { LocalTime.of(13, 30), LocalTime.of(17, 0) } };

    private OfficeHours() {
    }

    /** The moment this much office time after {@code start} has passed. */
    static Instant addWorkingTime(Instant start, Duration amount) {
        LocalDateTime at = start.atZone(ZONE).toLocalDateTime();
        long left = amount.getSeconds();
        while (true) {
            if (workingDay(at.toLocalDate())) {
                for (LocalTime[] period : PERIODS) {
                    LocalDateTime from = at.toLocalDate().atTime(period[0]);
                    LocalDateTime to = at.toLocalDate().atTime(period[1]);
                    if (!at.isBefore(to)) {
                        continue;
                    }
                    LocalDateTime begin = at.isAfter(from) ? at : from;
                    long available = Duration.between(begin, to).getSeconds();
                    if (left <= available) {
                        return begin.plusSeconds(left).atZone(ZONE).toInstant();
                    }
                    left -= available;
                    at = to;
                }
            }
            at = at.toLocalDate().plusDays(1).atStartOfDay();
        }
    }

    /** 17:00 on the N-th working day after the day of {@code from}. */
    static Instant endOfWorkingDay(Instant from, int workingDays) {
        LocalDate day = from.atZone(ZONE).toLocalDate();
        for (int left = workingDays; left > 0;) {
            day = day.plusDays(1);
            if (workingDay(day)) {
                left--;
            }
        }
        return day.atTime(PERIODS[PERIODS.length - 1][1]).atZone(ZONE).toInstant();
    }

    private static boolean workingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
