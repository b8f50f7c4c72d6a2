package vn.cityhall.tasks;

import java.time.Instant;

import vn.cityhall.shared.AuditActor;

/** The assigner approved or refused an extension request. */
public record TaskExtensionDecided(TaskId task, boolean approved, Instant dueAt,
        AuditActor actor) implements TaskEvent {

    @Override
    public String auditAction() {
        return "tasks.extension.decided";
    }

    @Override
    public String auditDetail() {
        return (approved ? "approved, due=" : "refused, due stays ") + dueAt;
    }
}
