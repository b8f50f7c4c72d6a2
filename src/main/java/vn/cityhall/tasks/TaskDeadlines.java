package vn.cityhall.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import vn.cityhall.calendar.WorkingCalendar;

/**
 * Deadlines in working days: a task due on a date is due at the end of that date's office hours
 * (17:00 by default) in the city's zone, and "N working days" counts from today with the calendar,
 * skipping weekends, holidays, compensatory days and the year's notices.
 */
@Component
public class TaskDeadlines {

    private final WorkingCalendar calendar;
    private final Clock clock;

    TaskDeadlines(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The end of office hours on the N-th working day after today. */
    public Instant afterWorkingDays(int days) {
        if (days < 1 || days > 365) {
            throw new TaskRuleViolation("tasks.error.workingDaysRange", 1, 365);
        }
        return endOf(calendar.addWorkingDays(today(), days));
    }

    /**
     * The end of office hours on a chosen date. A date that is not a working day is refused, so that
     * nobody is given a deadline on a holiday by mistake.
     */
    public Instant onDate(LocalDate date) {
        if (date == null) {
            throw new TaskRuleViolation("tasks.error.dueRequired");
        }
        if (!WorkingCalendar.supports(date.getYear())) {
            throw new TaskRuleViolation("tasks.error.dueOutOfRange");
        }
        if (date.isBefore(today())) {
            throw new TaskRuleViolation("tasks.error.dueInPast");
        }
        if (!calendar.isWorkingDay(date)) {
            throw new TaskRuleViolation("tasks.error.dueNotWorkingDay", date.getDayOfMonth() + "/" + date.getMonthValue()
                    + "/" + date.getYear());
        }
        return endOf(date);
    }

    /** The end of the last office period of a date, as an instant. */
    public Instant endOf(LocalDate date) {
        var periods = calendar.settings().officeHours();
        LocalTime end = periods.isEmpty() ? LocalTime.of(17, 0) : periods.get(periods.size() - 1).end();
        return date.atTime(end).atZone(zone()).toInstant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public ZoneId zone() {
        return calendar.settings().zone();
    }

    /** The working days left until a deadline (0 on the day, negative when overdue), for display. */
    public int workingDaysLeft(Instant due) {
        LocalDate dueDate = due.atZone(zone()).toLocalDate();
        return calendar.workingDaysBetween(today(), dueDate);
    }
}
