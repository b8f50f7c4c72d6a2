package vn.cityhall.tasks.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.cityhall.calendar.WorkingCalendar;

/**
 * Which deadlines each reminder step looks at, at a given moment, in working days of the city's
 * calendar (weekends, holidays, compensatory days and notices skipped):
 * <ul>
 * <li>{@link ReminderStep#OVERDUE} (and escalation): deadlines in {@code [now - overdue-lookback, now)};</li>
 * <li>{@link ReminderStep#DUE_TODAY}: deadlines from now until the next working day begins — the last
 * working day before the deadline;</li>
 * <li>{@link ReminderStep#DUE_SOON}, one band per {@code days-before} value d (largest first): deadlines
 * with between d' + 1 and d working days left, where d' is the next smaller value (0 for the smallest),
 * counting working days after today up to and including the deadline's date. The bands do not overlap,
 * so a task gets the reminder of the band it is in, once, and a task assigned inside a band is not
 * reminded of an earlier one.</li>
 * </ul>
 * The day steps go out only on working days, from the start of office hours (no e-mail at midnight or
 * on Sunday), and only for tasks assigned before today (the assignment itself told the holder).
 */
final class ReminderWindows {

    /**
     * The deadlines {@code [from, until)} a step looks at, for tasks assigned before {@code assignedBefore}
     * ({@code null}: however recently).
     */
    record Window(ReminderStep step, int workingDays, Instant from, Instant until, Instant assignedBefore) {

        boolean isEmpty() {
            return !from.isBefore(until);
        }
    }

    private final WorkingCalendar calendar;
    private final TaskReminderSettings settings;

    ReminderWindows(WorkingCalendar calendar, TaskReminderSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    /** The windows of a pass at {@code now}, overdue first. */
    List<Window> at(Instant now) {
        ZonedDateTime local = now.atZone(zone());
        LocalDate today = local.toLocalDate();
        List<Window> windows = new ArrayList<>();
        windows.add(new Window(ReminderStep.OVERDUE, 0, now.minus(settings.overdueLookback()), now, null));
        if (!calendar.isWorkingDay(today) || local.toLocalTime().isBefore(officeStart())) {
            return windows;
        }
        Instant startOfToday = startOf(today);
        windows.add(new Window(ReminderStep.DUE_TODAY, 0, now, startOf(calendar.addWorkingDays(today, 1)),
                startOfToday));
        List<Integer> days = settings.daysBefore();
        for (int i = 0; i < days.size(); i++) {
            int upper = days.get(i);
            int lower = i + 1 < days.size() ? days.get(i + 1) + 1 : 1;
            windows.add(new Window(ReminderStep.DUE_SOON, upper, startOf(calendar.addWorkingDays(today, lower)),
                    startOf(calendar.addWorkingDays(today, upper + 1)), startOfToday));
        }
        return windows;
    }

    /** Working days after today up to and including the deadline's date (0 on the day, negative when past). */
    int workingDaysLeft(Instant now, Instant due) {
        return calendar.workingDaysBetween(now.atZone(zone()).toLocalDate(), due.atZone(zone()).toLocalDate());
    }

    ZoneId zone() {
        return calendar.settings().zone();
    }

    private LocalTime officeStart() {
        return calendar.settings().officeHours().get(0).start();
    }

    private Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone()).toInstant();
    }
}
