package vn.cityhall.tasks;

import vn.cityhall.shared.AuditActor;

/** Progress was reported or a note added. */
public record TaskProgressed(TaskId task, int progress, boolean noteOnly, AuditActor actor) implements TaskEvent {

    @Override
    public String auditAction() {
        return "tasks.task.progressed";
    }

    @Override
    public String auditDetail() {
        return (noteOnly ? "note" : "progress=" + progress);
    }
}
