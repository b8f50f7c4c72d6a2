package vn.cityhall.feedback.web;

import org.springframework.security.access.AccessDeniedException;

import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;

/** The staff feedback pages are for feedback operators (tiếp nhận) only. */
final class Operators {

    private Operators() {
    }

    static void require(StaffUser user) {
        if (user == null || !user.isEnabled() || !user.is(Role.FEEDBACK_OPERATOR)) {
            throw new AccessDeniedException("Only feedback operators enter and screen feedback");
        }
    }
}
