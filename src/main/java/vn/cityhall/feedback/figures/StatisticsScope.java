package vn.cityhall.feedback.figures;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.cityhall.organization.AccessPolicy;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitId;

/**
 * Whose items the staff statistics count: a feedback operator's, every item; a leader's, the items
 * handled by a unit of their subtree; anyone else sees no statistics (403).
 */
@Component
class StatisticsScope {

    private final AccessPolicy access;

    StatisticsScope(AccessPolicy access) {
        this.access = access;
    }

    /** The handling units to count, {@code null} for every item. */
    Set<Long> handlingUnits(StaffUser user) {
        if (user == null || !user.isEnabled()) {
            throw new AccessDeniedException("Statistics need a signed-in operator or leader");
        }
        if (user.is(Role.FEEDBACK_OPERATOR)) {
            return null;
        }
        if (user.is(Role.LEADER)) {
            return access.visibleUnits(user).stream().map(UnitId::value).collect(Collectors.toUnmodifiableSet());
        }
        throw new AccessDeniedException("Feedback statistics are for operators and leaders");
    }
}
