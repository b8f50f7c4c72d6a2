package vn.cityhall.tasks.inbox;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import vn.cityhall.tasks.TaskStatus;

/** The status filter of the inbox: open tasks (the default), done, cancelled or all. */
public enum InboxStatus {
    OPEN(EnumSet.of(TaskStatus.NEW, TaskStatus.IN_PROGRESS)),
    DONE(EnumSet.of(TaskStatus.DONE)),
    CANCELLED(EnumSet.of(TaskStatus.CANCELLED)),
    ALL(EnumSet.allOf(TaskStatus.class));

    private final Set<TaskStatus> statuses;

    InboxStatus(Set<TaskStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<TaskStatus> statuses() {
        return statuses;
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
