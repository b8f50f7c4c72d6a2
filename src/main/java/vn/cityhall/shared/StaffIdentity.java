package vn.cityhall.shared;

import java.util.Set;

/**
 * What the page shell and the audit trail need to know about the signed-in staff member.
 * Implemented by the organization module's principal; kept here so that shared code does not
 * depend on that module.
 */
public interface StaffIdentity {

    long personId();

    String username();

    String displayName();

    /** The name of the unit the person acts for. */
    String unitName();

    /** Message key of the person's position, e.g. {@code organization.position.GIAM_DOC}. */
    String positionKey();

    /** Role names, e.g. {@code LEADER}. */
    Set<String> roleNames();

    default boolean hasRole(String role) {
        return roleNames().contains(role);
    }
}
