package vn.cityhall.tasks.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.stereotype.Component;

import vn.cityhall.organization.AccessPolicy;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitId;
import vn.cityhall.tasks.Task;

/**
 * Which tasks a view covers for a person, always inside what {@link vn.cityhall.tasks.TaskPermissions}
 * lets them see: tasks they hold, tasks they assigned, and tasks held by or answered for by units
 * in {@link AccessPolicy#visibleUnits}. A unit filter outside those units selects nothing.
 */
@Component
public class InboxScope {

    private final AccessPolicy policy;
    private final OrganizationDirectory directory;

    InboxScope(AccessPolicy policy, OrganizationDirectory directory) {
        this.policy = policy;
        this.directory = directory;
    }

    /** The views offered to the person: the unit view for leaders and clerks only. */
    public List<InboxView> viewsFor(StaffUser user) {
        return hasUnitView(user) ? List.of(InboxView.MINE, InboxView.UNIT, InboxView.ASSIGNED)
                : List.of(InboxView.MINE, InboxView.ASSIGNED);
    }

    /** The requested view if offered to the person, otherwise their own tasks. */
    public InboxView viewFor(StaffUser user, InboxView requested) {
        return viewsFor(user).contains(requested) ? requested : InboxView.MINE;
    }

    /** Whether the person may include the units below their own (leaders). */
    public boolean mayIncludeSubtree(StaffUser user) {
        return user.is(Role.LEADER);
    }

    /** Whether the person may filter by this unit (one they may see). */
    public boolean unitAllowed(StaffUser user, Long unit) {
        return unit == null || policy.visibleUnits(user).contains(UnitId.of(unit));
    }

    private static boolean hasUnitView(StaffUser user) {
        return user.is(Role.LEADER) || user.is(Role.CLERK);
    }

    Resolved resolve(StaffUser user, InboxFilter filter) {
        InboxView view = viewFor(user, filter.view());
        boolean subtree = filter.subtree() && mayIncludeSubtree(user);
        if (!user.isEnabled() || !unitAllowed(user, filter.unit())) {
            return new Resolved(view, user.personId(), user.unit().value(), Set.of(), null, true, false);
        }
        Set<Long> units = Set.of();
        if (view == InboxView.UNIT) {
            Set<UnitId> visible = policy.visibleUnits(user);
            UnitId base = filter.unit() == null ? user.unit() : UnitId.of(filter.unit());
            units = (subtree ? directory.units().subtree(base) : Set.of(base)).stream()
                    .filter(visible::contains).map(UnitId::value).collect(Collectors.toUnmodifiableSet());
        }
        // The whole tree (the city's leaders): no unit condition at all, so the open-by-deadline index serves the page.
        boolean everyUnit = view == InboxView.UNIT && units.size() == directory.units().size();
        return new Resolved(view, user.personId(), user.unit().value(), units,
                view == InboxView.UNIT ? null : filter.unit(), false, everyUnit);
    }

    /**
     * A view resolved for one person.
     *
     * @param units for the unit view: the units whose tasks are shown
     * @param unitFilter for the other views: a unit the tasks must be held by or answered for by
     * @param empty whether nothing may be shown (an inactive person, a unit outside their scope)
     * @param everyUnit for the unit view: whether the units are every unit there is
     */
    record Resolved(InboxView view, long personId, long unitId, Set<Long> units, Long unitFilter, boolean empty,
            boolean everyUnit) {

        List<Predicate> predicates(CriteriaBuilder cb, Root<Task> task) {
            List<Predicate> where = new ArrayList<>();
            if (empty || (view == InboxView.UNIT && units.isEmpty())) {
                where.add(cb.disjunction());
                return where;
            }
            switch (view) {
                case MINE -> where.add(cb.or(cb.equal(task.get("holderPersonId"), personId),
                        cb.and(cb.isNull(task.get("holderPersonId")), cb.equal(task.get("holderUnitId"), unitId))));
                case UNIT -> {
                    if (!everyUnit) {
                        where.add(cb.or(task.get("holderUnitId").in(units), task.get("responsibleUnitId").in(units)));
                    }
                }
                case ASSIGNED -> where.add(cb.equal(task.get("assignedBy"), personId));
            }
            if (unitFilter != null) {
                where.add(cb.or(cb.equal(task.get("holderUnitId"), unitFilter),
                        cb.equal(task.get("responsibleUnitId"), unitFilter)));
            }
            return where;
        }
    }
}
