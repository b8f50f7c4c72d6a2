package vn.cityhall.organization;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/**
 * A staff member's profile, unit, roles, account state or credentials changed.
 *
 * @param change what changed, without secrets (e.g. {@code roles [LEADER]}, {@code password reset})
 */
public record PersonUpdated(PersonId person, String change, AuditActor actor) implements Audited {

    @Override
    public String auditAction() {
        return "organization.person.updated";
    }

    @Override
    public String auditTargetType() {
        return "Person";
    }

    @Override
    public String auditTargetId() {
        return String.valueOf(person);
    }

    @Override
    public String auditDetail() {
        return change;
    }
}
