package vn.cityhall.tasks;

/** Where a task stands. Overdue is not a status: it follows from an open task's deadline and the time. */
public enum TaskStatus {
    NEW,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean isOpen() {
        return this == NEW || this == IN_PROGRESS;
    }

    public String messageKey() {
        return "tasks.status." + name();
    }
}
