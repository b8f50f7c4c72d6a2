package vn.cityhall.tasks;

import java.time.Instant;

import vn.cityhall.shared.AuditActor;

/** A task was assigned (a standalone assignment or an obligation opened by another module). */
public record TaskAssigned(TaskId task, long responsibleUnitId, long holderUnitId, Long holderPersonId,
        Long assignedBy, String sourceKind, Instant dueAt, AuditActor actor) implements TaskEvent {

    @Override
    public String auditAction() {
        return "tasks.task.assigned";
    }

    @Override
    public String auditDetail() {
        return "unit=" + responsibleUnitId + " person=" + holderPersonId + " due=" + dueAt;
    }
}
