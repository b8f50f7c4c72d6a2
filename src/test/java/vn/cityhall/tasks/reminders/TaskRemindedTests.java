package vn.cityhall.tasks.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.cityhall.tasks.TaskId;

/** What the notifications module reads from a reminder. */
class TaskRemindedTests {

    private static final Instant DUE = Instant.parse("2026-02-23T10:00:00Z");

    @Test
    void escalationIsUrgentAndLinksToTheTask() {
        TaskReminded escalated = new TaskReminded(TaskId.of(42), ReminderStep.ESCALATED, 0, DUE, Set.of(1L, 2L),
                List.of("Kiểm tra", "23/02/2026", "0", "Sở Xây dựng", "17:00"));
        assertThat(escalated.notificationKind()).isEqualTo("tasks.escalated");
        assertThat(escalated.titleKey()).isEqualTo("tasks.reminder.escalated");
        assertThat(escalated.link()).isEqualTo("/tasks/42");
        assertThat(escalated.urgent()).isTrue();
        assertThat(escalated.deduplicationKey()).isEqualTo("tasks.reminder:42:ESCALATED:0:" + DUE.getEpochSecond());
    }

    @Test
    void eachStepHasItsKindAndTitleAndTheDeadlineAndThresholdTellRemindersApart() {
        assertThat(ReminderStep.values()).extracting(ReminderStep::notificationKind)
                .containsExactly("tasks.dueSoon", "tasks.dueToday", "tasks.overdue", "tasks.escalated");
        assertThat(ReminderStep.values()).extracting(ReminderStep::titleKey).containsExactly(
                "tasks.reminder.dueSoon", "tasks.reminder.dueToday", "tasks.reminder.overdue", "tasks.reminder.escalated");
        TaskReminded soon = reminder(ReminderStep.DUE_SOON, 2, DUE);
        assertThat(soon.urgent()).isFalse();
        assertThat(soon.deduplicationKey()).isNotEqualTo(reminder(ReminderStep.DUE_SOON, 5, DUE).deduplicationKey())
                .isNotEqualTo(reminder(ReminderStep.DUE_SOON, 2, DUE.plusSeconds(86_400)).deduplicationKey());
    }

    private static TaskReminded reminder(ReminderStep step, int days, Instant due) {
        return new TaskReminded(TaskId.of(7), step, days, due, Set.of(1L), List.of("x", "", "", "", ""));
    }
}
