package vn.cityhall.tasks;

import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.cityhall.organization.AccessPolicy;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.PersonId;
import vn.cityhall.organization.PersonView;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;

/**
 * Who may see and do what with a task, on top of the central {@link AccessPolicy}:
 * <ul>
 * <li>see: the person holding it, the assigner, and whoever may see the holder unit or the
 * responsible unit (its staff, and leaders above it);</li>
 * <li>work on it (progress, notes, completion, extension requests): the person holding it; when no
 * person holds it, the staff of the holder unit; and leaders acting for the holder or responsible unit;</li>
 * <li>delegate: a leader acting for the holder unit, to a unit or person inside that unit's subtree;</li>
 * <li>decide an extension: the assigner (or, for a task the system assigned, a leader above the
 * responsible unit); cancel: the assigner of a standalone task;</li>
 * <li>assign: a leader, to a unit or a person within their subtree.</li>
 * </ul>
 */
@Component
public class TaskPermissions {

    private final AccessPolicy policy;
    private final OrganizationDirectory directory;

    TaskPermissions(AccessPolicy policy, OrganizationDirectory directory) {
        this.policy = policy;
        this.directory = directory;
    }

    public boolean maySee(StaffUser user, Task task) {
        if (user == null || !user.isEnabled()) {
            return false;
        }
        long me = user.personId();
        return Objects.equals(task.holderPersonId(), me) || Objects.equals(task.assignedBy(), me)
                || policy.maySee(user, UnitId.of(task.holderUnitId()))
                || policy.maySee(user, UnitId.of(task.responsibleUnitId()));
    }

    public boolean mayWork(StaffUser user, Task task) {
        if (user == null || !user.isEnabled() || !task.status().isOpen()) {
            return false;
        }
        if (Objects.equals(task.holderPersonId(), user.personId())) {
            return true;
        }
        if (task.holderPersonId() == null && policy.mayActOn(user, UnitId.of(task.holderUnitId()))) {
            return true;
        }
        return user.is(Role.LEADER) && (policy.mayActOn(user, UnitId.of(task.holderUnitId()))
                || policy.mayActOn(user, UnitId.of(task.responsibleUnitId())));
    }

    public boolean mayDelegate(StaffUser user, Task task) {
        return user != null && task.status().isOpen() && user.is(Role.LEADER)
                && policy.mayActOn(user, UnitId.of(task.holderUnitId()));
    }

    /** Whether the target lies inside the holder unit's subtree and is active; the person, if any, in that unit. */
    public boolean mayDelegateTo(StaffUser user, Task task, long toUnitId, Long toPersonId) {
        if (!mayDelegate(user, task)) {
            return false;
        }
        var tree = directory.units();
        boolean unitOk = tree.find(UnitId.of(toUnitId)).map(UnitNode::active).orElse(false)
                && tree.isWithin(UnitId.of(toUnitId), UnitId.of(task.holderUnitId()));
        if (!unitOk) {
            return false;
        }
        if (toPersonId == null) {
            return true;
        }
        return directory.person(PersonId.of(toPersonId))
                .filter(PersonView::active)
                .map(person -> person.unit().value() == toUnitId)
                .orElse(false);
    }

    public boolean mayDecideExtension(StaffUser user, Task task) {
        if (user == null || !user.isEnabled() || !task.status().isOpen() || task.pendingExtension().isEmpty()) {
            return false;
        }
        if (task.assignedBy() != null) {
            return task.assignedBy() == user.personId();
        }
        var parent = directory.unit(UnitId.of(task.responsibleUnitId())).map(UnitNode::parentId).orElse(null);
        return user.is(Role.LEADER) && parent != null && policy.mayActOn(user, parent);
    }

    public boolean mayCancel(StaffUser user, Task task) {
        return user != null && user.isEnabled() && task.status().isOpen() && task.source().isStandalone()
                && Objects.equals(task.assignedBy(), user.personId());
    }

    /** Whether the leader may assign a task to the unit, or to the person (who must work in that unit). */
    public boolean mayAssign(StaffUser user, long unitId, Long personId) {
        if (user == null || !user.is(Role.LEADER) || !policy.mayActOn(user, UnitId.of(unitId))) {
            return false;
        }
        if (personId == null) {
            return true;
        }
        return directory.person(PersonId.of(personId))
                .filter(PersonView::active)
                .map(person -> person.unit().value() == unitId)
                .orElse(false);
    }
}
