package vn.cityhall.tasks.tally;

import java.time.Instant;

import vn.cityhall.tasks.TaskStatus;

/** What a task counts as on the dashboard at a moment. */
public enum TallyBucket {
    OPEN("open_count"),
    OVERDUE("overdue"),
    DONE_ON_TIME("done_on_time"),
    DONE_LATE("done_late"),
    CANCELLED("cancelled");

    private final String column;

    TallyBucket(String column) {
        this.column = column;
    }

    /** The counter column of {@code tasks_tally}. */
    String column() {
        return column;
    }

    /** Open tasks are overdue once their deadline has passed; done tasks keep their measured result. */
    public static TallyBucket of(TaskStatus status, Boolean onTime, Instant dueAt, Instant now) {
        return switch (status) {
            case DONE -> Boolean.FALSE.equals(onTime) ? DONE_LATE : DONE_ON_TIME;
            case CANCELLED -> CANCELLED;
            case NEW, IN_PROGRESS -> dueAt != null && dueAt.isBefore(now) ? OVERDUE : OPEN;
        };
    }
}
