package vn.cityhall.tasks;

import java.time.Instant;

import vn.cityhall.shared.AuditActor;

/** Someone asked to extend a task's deadline. */
public record TaskExtensionRequested(TaskId task, Instant requestedDueAt, AuditActor actor) implements TaskEvent {

    @Override
    public String auditAction() {
        return "tasks.extension.requested";
    }

    @Override
    public String auditDetail() {
        return "requested due=" + requestedDueAt;
    }
}
