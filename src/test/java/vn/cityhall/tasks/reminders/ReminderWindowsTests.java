package vn.cityhall.tasks.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cityhall.calendar.CalendarOverrides;
import vn.cityhall.calendar.CalendarSettings;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.tasks.reminders.ReminderWindows.Window;

/** Which deadlines each step looks at, in working days of the national calendar. */
class ReminderWindowsTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final WorkingCalendar calendar = new WorkingCalendar(CalendarSettings.defaults(), CalendarOverrides.none());
    private final ReminderWindows windows = new ReminderWindows(calendar, TaskReminderSettings.defaults());

    @Test
    void onAWorkingDayLooksBackForOverdueThenAtTheDayThenTwoWorkingDaysAhead() {
        // Thursday 5 March 2026, 10:00.
        Instant now = at(2026, 3, 5, 10, 0);
        assertThat(windows.at(now)).containsExactly(
                new Window(ReminderStep.OVERDUE, 0, now.minus(Duration.ofDays(7)), now, null),
                new Window(ReminderStep.DUE_TODAY, 0, now, at(2026, 3, 6, 0, 0), at(2026, 3, 5, 0, 0)),
                // Friday (1 working day left) and Monday (2), not Tuesday (3).
                new Window(ReminderStep.DUE_SOON, 2, at(2026, 3, 6, 0, 0), at(2026, 3, 10, 0, 0), at(2026, 3, 5, 0, 0)));
    }

    @Test
    void twoWorkingDaysBeforeTheMondayAfterTetIsCountedOverTheHoliday() {
        // Tết 2026: Monday 16 – Friday 20 February. Deadline: Monday 23 February, 17:00.
        Instant due = at(2026, 2, 23, 17, 0);
        Instant wednesday = at(2026, 2, 11, 10, 0);
        Instant thursday = at(2026, 2, 12, 10, 0);
        assertThat(windows.workingDaysLeft(wednesday, due)).isEqualTo(3);
        assertThat(windows.workingDaysLeft(thursday, due)).isEqualTo(2);
        assertThat(dueSoon(wednesday).until()).as("3 working days left: not yet").isBeforeOrEqualTo(due);
        Window thursdayWindow = dueSoon(thursday);
        assertThat(due).isAfterOrEqualTo(thursdayWindow.from()).isBefore(thursdayWindow.until());
        assertThat(thursdayWindow.until()).as("the next working day after the deadline")
                .isEqualTo(at(2026, 2, 24, 0, 0));
    }

    @Test
    void dayRemindersWaitForOfficeHoursOnAWorkingDay() {
        Instant earlyMorning = at(2026, 3, 5, 7, 59);
        Instant saturday = at(2026, 3, 7, 10, 0);
        Instant tet = at(2026, 2, 17, 10, 0);
        for (Instant now : List.of(earlyMorning, saturday, tet)) {
            assertThat(windows.at(now)).extracting(Window::step).as("at %s", now).containsExactly(ReminderStep.OVERDUE);
        }
        assertThat(windows.at(at(2026, 3, 5, 8, 0))).extracting(Window::step)
                .containsExactly(ReminderStep.OVERDUE, ReminderStep.DUE_TODAY, ReminderStep.DUE_SOON);
    }

    @Test
    void dueTodayOnFridayCoversTheWeekendUntilMondayBegins() {
        Instant friday = at(2026, 3, 6, 9, 0);
        assertThat(windows.at(friday).get(1)).isEqualTo(new Window(ReminderStep.DUE_TODAY, 0, friday,
                at(2026, 3, 9, 0, 0), at(2026, 3, 6, 0, 0)));
    }

    @Test
    void severalThresholdsMakeBandsThatDoNotOverlap() {
        ReminderWindows fiveAndTwo = new ReminderWindows(calendar, TaskReminderSettings.defaults()
                .withDaysBefore(List.of(2, 5, 2)));
        Instant now = at(2026, 3, 5, 10, 0);
        List<Window> soon = fiveAndTwo.at(now).stream().filter(w -> w.step() == ReminderStep.DUE_SOON).toList();
        assertThat(soon).extracting(Window::workingDays).containsExactly(5, 2);
        // 5 working days: 3 to 5 left (Tue 10 – Thu 12 March); 2: 1 to 2 left (Fri 6 – Mon 9 March).
        assertThat(soon.get(0).from()).isEqualTo(at(2026, 3, 10, 0, 0));
        assertThat(soon.get(0).until()).isEqualTo(at(2026, 3, 13, 0, 0));
        assertThat(soon.get(1).from()).isEqualTo(at(2026, 3, 6, 0, 0));
        assertThat(soon.get(1).until()).isEqualTo(soon.get(0).from());
    }

    @Test
    void noDaysBeforeMeansNoDueSoonReminder() {
        ReminderWindows none = new ReminderWindows(calendar, TaskReminderSettings.defaults().withDaysBefore(List.of()));
        assertThat(none.at(at(2026, 3, 5, 10, 0))).extracting(Window::step)
                .containsExactly(ReminderStep.OVERDUE, ReminderStep.DUE_TODAY);
    }

    private Window dueSoon(Instant now) {
        return windows.at(now).stream().filter(w -> w.step() == ReminderStep.DUE_SOON).findFirst().orElseThrow();
    }

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(HANOI).toInstant();
    }
}
