package vn.cityhall.tasks.reminders;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.cityhall.shared.Notifiable;
import vn.cityhall.tasks.TaskId;

/**
 * A reminder about a task's deadline went out to some people: published by the reminder job in the
 * transaction that records it in {@code tasks_reminder}, at most once per task, step, threshold and
 * deadline. It is a notification, not a change of the task, so it is not audited.
 *
 * @param workingDays the "days before" threshold of a {@link ReminderStep#DUE_SOON} step, 0 otherwise
 * @param titleArguments the task's title, the deadline's date (dd/MM/yyyy), the working days left, the
 *        responsible unit's name and the deadline's time (HH:mm), in this order
 */
public record TaskReminded(TaskId task, ReminderStep step, int workingDays, Instant dueAt, Set<Long> recipients,
        List<String> titleArguments) implements Notifiable {

    public TaskReminded {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(dueAt, "dueAt");
        recipients = Set.copyOf(recipients);
        titleArguments = List.copyOf(titleArguments);
    }

    @Override
    public String notificationKind() {
        return step.notificationKind();
    }

    @Override
    public String titleKey() {
        return step.titleKey();
    }

    @Override
    public String link() {
        return "/tasks/" + task.value();
    }

    /** {@code tasks.reminder:<task>:<step>:<working days>:<deadline epoch second>}. */
    @Override
    public String deduplicationKey() {
        return "tasks.reminder:" + task.value() + ":" + step + ":" + workingDays + ":" + dueAt.getEpochSecond();
    }

    @Override
    public boolean urgent() {
        return step.urgent();
    }
}
