package vn.cityhall.organization;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/** A staff member and their account were created. */
public record PersonCreated(String username, UnitId unit, AuditActor actor) implements Audited {

    @Override
    public String auditAction() {
        return "organization.person.created";
    }

    @Override
    public String auditTargetType() {
        return "Person";
    }

    @Override
    public String auditTargetId() {
        return username;
    }

    @Override
    public String auditDetail() {
        return "unit=" + unit;
    }
}
