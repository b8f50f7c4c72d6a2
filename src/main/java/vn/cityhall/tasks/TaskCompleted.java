package vn.cityhall.tasks;

import java.time.Instant;

import vn.cityhall.shared.AuditActor;

/** A task was done; {@code onTime} is measured against the approved deadline. */
public record TaskCompleted(TaskId task, boolean onTime, Instant completedAt, AuditActor actor) implements TaskEvent {

    @Override
    public String auditAction() {
        return "tasks.task.completed";
    }

    @Override
    public String auditDetail() {
        return "onTime=" + onTime;
    }
}
