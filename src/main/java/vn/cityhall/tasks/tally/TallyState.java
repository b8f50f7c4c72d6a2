package vn.cityhall.tasks.tally;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import vn.cityhall.shared.ObligationRole;
import vn.cityhall.tasks.Task;

/** Where one task is counted: its key and bucket, and the deadline the overdue sweep watches. */
record TallyState(long taskId, TallyKey key, TallyBucket bucket, Instant dueAt) {

    /** The state a task should be counted in now; none for tasks given for information only. */
    static Optional<TallyState> of(Task task, ZoneId zone, Instant now) {
        if (task.role() == ObligationRole.INFORM) {
            return Optional.empty();
        }
        return Optional.of(new TallyState(task.id().value(),
                TallyKey.of(task.assignedAt(), zone, task.holderUnitId(), task.holderPersonId()),
                TallyBucket.of(task.status(), task.onTime(), task.dueAt(), now), task.dueAt()));
    }

    boolean countsLike(TallyState other) {
        return key.equals(other.key) && bucket == other.bucket;
    }
}
