package vn.cityhall.tasks.inbox;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import vn.cityhall.tasks.TaskStatus;

/**
 * The status filter of the inbox: open tasks (the default), done (also split into on time and late,
 * the dashboard's drill-down), cancelled or all.
 */
public enum InboxStatus {
    OPEN(EnumSet.of(TaskStatus.NEW, TaskStatus.IN_PROGRESS), null),
    DONE(EnumSet.of(TaskStatus.DONE), null),
    ON_TIME(EnumSet.of(TaskStatus.DONE), true),
    LATE(EnumSet.of(TaskStatus.DONE), false),
    CANCELLED(EnumSet.of(TaskStatus.CANCELLED), null),
    ALL(EnumSet.allOf(TaskStatus.class), null);

    private final Set<TaskStatus> statuses;
    private final Boolean onTime;

    InboxStatus(Set<TaskStatus> statuses, Boolean onTime) {
        this.statuses = statuses;
        this.onTime = onTime;
    }

    public Set<TaskStatus> statuses() {
        return statuses;
    }

    /** For done tasks: only those done on time ({@code true}) or late ({@code false}); otherwise {@code null}. */
    public Boolean onTime() {
        return onTime;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "tasks.inbox.status." + param();
    }

    public static InboxStatus parse(String value) {
        for (InboxStatus status : values()) {
            if (status.param().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return status;
            }
        }
        return OPEN;
    }
}
