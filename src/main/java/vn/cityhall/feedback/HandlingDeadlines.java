package vn.cityhall.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.stereotype.Component;

import vn.cityhall.calendar.WorkingCalendar;

/**
 * The handling deadline of a level ({@link FeedbackSettings}): urgent items in working hours from
 * their acceptance, normal and complex items at the end of office hours on the N-th working day after it,
 * skipping weekends and holidays.
 */
@Component
class HandlingDeadlines {

    private final WorkingCalendar calendar;
    private final FeedbackSettings settings;

    HandlingDeadlines(WorkingCalendar calendar, FeedbackSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    Instant dueFor(FeedbackLevel level, Instant from) {
        return switch (level) {
            case URGENT -> calendar.addWorkingHours(from, settings.urgentHours());
            case NORMAL -> endOfWorkingDay(from, settings.normalDays());
            case COMPLEX -> endOfWorkingDay(from, settings.complexDays());
        };
    }

    private Instant endOfWorkingDay(Instant from, int days) {
        LocalDate start = from.atZone(calendar.settings().zone()).toLocalDate();
        var periods = calendar.settings().officeHours();
        LocalTime end = periods.isEmpty() ? LocalTime.of(17, 0) : periods.get(periods.size() - 1).end();
        return calendar.addWorkingDays(start, days).atTime(end).atZone(calendar.settings().zone()).toInstant();
    }
}
