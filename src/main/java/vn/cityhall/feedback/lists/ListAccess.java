package vn.cityhall.feedback.lists;

import org.springframework.security.access.AccessDeniedException;

import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;

/**
 * Who keeps which list: categories and their questions belong to system administrators; reject
 * reasons and answer templates to administrators and feedback operators together; the blocklist to
 * feedback operators. Checked by every controller here, besides the route rules of the security
 * configuration.
 */
final class ListAccess {

    private ListAccess() {
    }

    static void requireAdministrator(StaffUser user) {
        require(user, Role.SYSTEM_ADMIN, null);
    }

    static void requireKeeper(StaffUser user) {
        require(user, Role.SYSTEM_ADMIN, Role.FEEDBACK_OPERATOR);
    }

    static void requireOperator(StaffUser user) {
        require(user, Role.FEEDBACK_OPERATOR, null);
    }

    private static void require(StaffUser user, Role role, Role otherRole) {
        boolean allowed = user != null && user.isEnabled() && (user.is(role) || (otherRole != null && user.is(otherRole)));
        if (!allowed) {
            throw new AccessDeniedException("This feedback list is kept by " + role
                    + (otherRole == null ? "" : " and " + otherRole));
        }
    }
}
