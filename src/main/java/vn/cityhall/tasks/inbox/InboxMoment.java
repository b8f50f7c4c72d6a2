package vn.cityhall.tasks.inbox;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * "Now" for the inbox, in the city's time zone: the instant, the start of tomorrow and the start of
 * next week (Monday), which bound the groups "due today" and "this week".
 */
public record InboxMoment(Instant now, LocalDate today, Instant tomorrow, Instant nextWeek, ZoneId zone) {

    public static InboxMoment at(Clock clock, ZoneId zone) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        return new InboxMoment(now, today, today.plusDays(1).atStartOfDay(zone).toInstant(),
                today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant(), zone);
    }
}
