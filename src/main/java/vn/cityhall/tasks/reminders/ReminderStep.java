package vn.cityhall.tasks.reminders;

/**
 * The steps of the reminder ladder of a task with a deadline. Each is sent at most once per task and
 * deadline (see {@code tasks_reminder}); {@link #OVERDUE} and {@link #ESCALATED} go out together, the
 * first to whoever holds the task, the second to the assigner and the responsible unit's leaders.
 */
public enum ReminderStep {

    /** A configured number of working days before the deadline (to the holder). */
    DUE_SOON("tasks.dueSoon", false),
    /** On the last working day before the deadline passes (to the holder). */
    DUE_TODAY("tasks.dueToday", false),
    /** The deadline has passed and the task is still open (to the holder). */
    OVERDUE("tasks.overdue", true),
    /** The overdue task, told to the assigner and the responsible unit's leaders. */
    ESCALATED("tasks.escalated", true);

    private final String kind;
    private final boolean urgent;

    ReminderStep(String kind, boolean urgent) {
        this.kind = kind;
        this.urgent = urgent;
    }

    /** The notification kind people choose channels for, e.g. {@code tasks.dueSoon}. */
    public String notificationKind() {
        return kind;
    }

    /** The title's message key, e.g. {@code tasks.reminder.dueSoon}. */
    public String titleKey() {
        return "tasks.reminder." + kind.substring("tasks.".length());
    }

    public boolean urgent() {
        return urgent;
    }
}
