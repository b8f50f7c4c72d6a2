package vn.cityhall.tasks;

import java.time.Instant;

import vn.cityhall.shared.AuditActor;

/** A task's deadline was moved by its source module. */
public record TaskDueChanged(TaskId task, Instant dueAt, AuditActor actor) implements TaskEvent {

    @Override
    public String auditAction() {
        return "tasks.task.dueChanged";
    }

    @Override
    public String auditDetail() {
        return "due=" + dueAt;
    }
}
