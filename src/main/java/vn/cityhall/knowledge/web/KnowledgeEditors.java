package vn.cityhall.knowledge.web;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;

/**
 * Who keeps the questions and answers and the announcements: system administrators and feedback
 * operators. Operators answer citizens every day and know which questions come back; administrators keep
 * the platform's lists. It is the same pair that keeps the reject reasons and answer templates. Leaders and
 * officers read the public pages like everyone else.
 */
final class KnowledgeEditors {

    static final Set<String> ROLES = Set.of(Role.SYSTEM_ADMIN.name(), Role.FEEDBACK_OPERATOR.name());

    private KnowledgeEditors() {
    }

    static void require(StaffUser user) {
        if (user == null || !user.isEnabled() || !(user.is(Role.SYSTEM_ADMIN) || user.is(Role.FEEDBACK_OPERATOR))) {
            throw new AccessDeniedException("The knowledge base is kept by administrators and feedback operators");
        }
    }
}
