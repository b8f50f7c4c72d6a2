package vn.cityhall.tasks;

import vn.cityhall.shared.AuditActor;

/** A task was cancelled. */
public record TaskCancelled(TaskId task, String reason, AuditActor actor) implements TaskEvent {

    @Override
    public String auditAction() {
        return "tasks.task.cancelled";
    }
}
