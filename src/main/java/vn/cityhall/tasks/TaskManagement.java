package vn.cityhall.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Texts;
import vn.cityhall.shared.Urgency;

/**
 * The module's entry point for changing tasks on behalf of a signed-in person: assign, report
 * progress, add notes, complete, cancel, delegate, request and decide extensions. Every method checks
 * {@link TaskPermissions} first and leaves the task unchanged when a rule is broken
 * ({@link TaskRuleViolation}), when the person may not do it ({@link AccessDeniedException}) or may not
 * even see it ({@link TaskNotFoundException}).
 */
@Service
@Transactional
public class TaskManagement {

    private final Tasks tasks;
    private final TaskPermissions permissions;
    private final TaskDeadlines deadlines;
    private final Clock clock;

    TaskManagement(Tasks tasks, TaskPermissions permissions, TaskDeadlines deadlines, Clock clock) {
        this.tasks = tasks;
        this.permissions = permissions;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * What a leader assigns: to a unit, or to a person of that unit; due on a date or after a number
     * of working days (exactly one of the two).
     */
    public record Assignment(String title, String description, long unitId, Long personId, ObligationRole role,
            Urgency urgency, LocalDate dueDate, Integer workingDays) {
    }

    /** A leader assigns a standalone task (giao nhiệm vụ) within their subtree. */
    public TaskId assign(StaffUser leader, Assignment assignment) {
        return assign(leader, assignment, List.of());
    }

    /** Assigns a standalone task whose assignment carries attached files (ids in the files module). */
    public TaskId assign(StaffUser leader, Assignment assignment, List<Long> files) {
        if (!permissions.mayAssign(leader, assignment.unitId(), assignment.personId())) {
            throw new AccessDeniedException("Unit " + assignment.unitId() + " is outside the leader's subtree");
        }
        Instant now = clock.instant();
        Instant due = due(assignment);
        NewTask spec = new NewTask(assignment.title(), assignment.description(), TaskSource.standalone(),
                assignment.unitId(), assignment.personId(),
                assignment.role() == null ? ObligationRole.LEAD : assignment.role(), assignment.urgency(),
                leader.personId(), now, due);
        Task task = tasks.save(Task.create(spec, now, files));
        return tasks.save(task.announce(AuditActor.current())).id();
    }

    public void reportProgress(StaffUser user, TaskId id, int percent, String note, List<Long> files) {
        Task task = workable(user, id, permissions::mayWork);
        tasks.save(task.reportProgress(user.personId(), percent, Texts.cleanOrNull(note), files, clock.instant(),
                AuditActor.current()));
    }

    public void addNote(StaffUser user, TaskId id, String note, List<Long> files) {
        Task task = workable(user, id, permissions::mayWork);
        tasks.save(task.addNote(user.personId(), Texts.cleanOrNull(note), files, clock.instant(), AuditActor.current()));
    }

    public void complete(StaffUser user, TaskId id, String result, List<Long> files) {
        Task task = workable(user, id, permissions::mayWork);
        tasks.save(task.complete(user.personId(), Texts.cleanOrNull(result), files, clock.instant(),
                AuditActor.current()));
    }

    public void cancel(StaffUser user, TaskId id, String reason) {
        Task task = workable(user, id, permissions::mayCancel);
        tasks.save(task.cancel(user.personId(), Texts.cleanOrNull(reason), clock.instant(), AuditActor.current()));
    }

    /** Hands the task down to a unit, or a person of that unit, inside the holder unit's subtree. */
    public void delegate(StaffUser leader, TaskId id, long toUnitId, Long toPersonId, String note) {
        Task task = workable(leader, id, permissions::mayDelegate);
        if (!permissions.mayDelegateTo(leader, task, toUnitId, toPersonId)) {
            throw new TaskRuleViolation("tasks.error.delegateOutside");
        }
        tasks.save(task.delegate(leader.personId(), toUnitId, toPersonId, Texts.cleanOrNull(note), clock.instant(),
                AuditActor.current()));
    }

    /** Asks the assigner for a later deadline: the end of office hours on {@code newDueDate}. */
    public void requestExtension(StaffUser user, TaskId id, LocalDate newDueDate, String reason) {
        Task task = workable(user, id, permissions::mayWork);
        Instant newDue = deadlines.onDate(newDueDate);
        tasks.save(task.requestExtension(user.personId(), newDue, Texts.cleanOrNull(reason), clock.instant(),
                AuditActor.current()));
    }

    public void decideExtension(StaffUser user, TaskId id, boolean approve, String note) {
        Task task = visible(user, id);
        if (task.pendingExtension().isEmpty()) {
            throw new TaskRuleViolation("tasks.error.noPendingExtension");
        }
        if (!permissions.mayDecideExtension(user, task)) {
            throw new AccessDeniedException("Only the assigner decides extensions of task " + id);
        }
        tasks.save(task.decideExtension(user.personId(), approve, Texts.cleanOrNull(note), clock.instant(),
                AuditActor.current()));
    }

    /** The task, if the person may see it. */
    @Transactional(readOnly = true)
    public Task find(StaffUser user, TaskId id) {
        return visible(user, id);
    }

    private Instant due(Assignment assignment) {
        boolean byDate = assignment.dueDate() != null;
        boolean byDays = assignment.workingDays() != null;
        if (byDate == byDays) {
            if (assignment.role() == ObligationRole.INFORM && !byDate) {
                return null;
            }
            throw new TaskRuleViolation("tasks.error.dueChooseOne");
        }
        return byDate ? deadlines.onDate(assignment.dueDate()) : deadlines.afterWorkingDays(assignment.workingDays());
    }

    private Task workable(StaffUser user, TaskId id, BiPredicate<StaffUser, Task> rule) {
        Task task = visible(user, id);
        if (!task.status().isOpen()) {
            throw new TaskRuleViolation("tasks.error.closed");
        }
        if (!rule.test(user, task)) {
            throw new AccessDeniedException("Not allowed on task " + id);
        }
        return task;
    }

    private Task visible(StaffUser user, TaskId id) {
        return tasks.findById(id.value())
                .filter(task -> permissions.maySee(user, task))
                .orElseThrow(() -> new TaskNotFoundException(id));
    }
}
