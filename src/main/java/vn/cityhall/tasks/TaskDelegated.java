package vn.cityhall.tasks;

import vn.cityhall.shared.AuditActor;

/** A task moved down its responsible unit's subtree; the responsible unit stays accountable. */
public record TaskDelegated(TaskId task, long fromUnitId, Long fromPersonId, long toUnitId, Long toPersonId,
        AuditActor actor) implements TaskEvent {

    @Override
    public String auditAction() {
        return "tasks.task.delegated";
    }

    @Override
    public String auditDetail() {
        return "to unit=" + toUnitId + " person=" + toPersonId;
    }
}
