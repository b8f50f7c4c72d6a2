package vn.cityhall.tasks;

import vn.cityhall.shared.Audited;

/** Every state change of a task is an event about it, and each is recorded in the audit trail. */
public interface TaskEvent extends Audited {

    TaskId task();

    @Override
    default String auditTargetType() {
        return "Task";
    }

    @Override
    default String auditTargetId() {
        return task().toString();
    }
}
