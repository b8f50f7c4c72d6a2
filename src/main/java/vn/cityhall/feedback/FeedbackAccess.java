package vn.cityhall.feedback;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.cityhall.organization.AccessPolicy;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitTree;
import vn.cityhall.organization.UnitType;

/**
 * Who may see and do what with feedback, on top of {@link AccessPolicy}: operators (tiếp nhận) see every
 * item and screen, route and publish; the handling unit (its people, and leaders above it) sees its items,
 * handles them and sees the sender's contact details (the divisions of a ward or a department work for it); coordinating units see the item without the contact
 * details; the handling unit's leaders approve answers. Nobody else sees an item.
 */
@Component
public class FeedbackAccess {

    private final AccessPolicy policy;
    private final OrganizationDirectory directory;

    FeedbackAccess(AccessPolicy policy, OrganizationDirectory directory) {
        this.policy = policy;
        this.directory = directory;
    }

    public boolean isOperator(StaffUser user) {
        return user != null && user.isEnabled() && user.is(Role.FEEDBACK_OPERATOR);
    }

    public boolean maySee(StaffUser user, Feedback item) {
        return isOperator(user) || handles(user, item)
                || item.coordinators().stream().anyMatch(unit -> inUnit(user, unit, false));
    }

    /** The handling unit's people and the leaders above it, while it is theirs. */
    public boolean mayHandle(StaffUser user, Feedback item) {
        return item.status() == FeedbackStatus.ASSIGNED && item.handlingUnitId() != null
                && inUnit(user, item.handlingUnitId(), true);
    }

    /** A leader of the handling unit (or above it) decides the unit's answers. */
    public boolean mayApprove(StaffUser user, Feedback item) {
        return user != null && user.is(Role.LEADER) && mayHandle(user, item);
    }

    /** Operators and the handling unit see how to reach the sender. */
    public boolean maySeeContact(StaffUser user, Feedback item) {
        return isOperator(user) || handles(user, item);
    }

    /**
     * The units whose items the person sees in unit lists: their unit (a leader: its subtree) and the department or
     * commune their division belongs to.
     */
    public Set<Long> visibleUnitIds(StaffUser user) {
        Set<Long> units = policy.visibleUnits(user).stream().map(UnitId::value).collect(Collectors.toCollection(HashSet::new));
        if (!units.isEmpty()) {
            directory.units().ancestors(user.unit()).stream().filter(FeedbackAccess::homeUnit)
                    .forEach(unit -> units.add(unit.id().value()));
        }
        return units;
    }

    void requireOperator(StaffUser user) {
        if (!isOperator(user)) {
            throw new AccessDeniedException("Only feedback operators screen, route and publish feedback");
        }
    }

    private boolean handles(StaffUser user, Feedback item) {
        return item.handlingUnitId() != null && inUnit(user, item.handlingUnitId(), false);
    }

    /**
     * Whether the person works for the unit: in it, a leader above it, or in a division of it (the officers of a
     * ward's or a department's divisions handle what is assigned to the ward or the department).
     */
    private boolean inUnit(StaffUser user, long unitId, boolean acting) {
        UnitId unit = UnitId.of(unitId);
        if (acting ? policy.mayActOn(user, unit) : policy.maySee(user, unit)) {
            return true;
        }
        if (user == null || !user.isEnabled()) {
            return false;
        }
        UnitTree tree = directory.units();
        boolean within = tree.find(unit).filter(FeedbackAccess::homeUnit).isPresent() && tree.isWithin(user.unit(), unit);
        return within && (!acting || tree.find(unit).map(UnitNode::active).orElse(false)
                && tree.find(user.unit()).map(UnitNode::active).orElse(false));
    }

    private static boolean homeUnit(UnitNode unit) {
        return unit.type() == UnitType.DEPARTMENT || unit.type() == UnitType.COMMUNE;
    }
}
