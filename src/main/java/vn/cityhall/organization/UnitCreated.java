package vn.cityhall.organization;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/** A unit was added to the tree (the id is assigned on save, so the code identifies it). */
public record UnitCreated(String code, AuditActor actor) implements Audited {

    @Override
    public String auditAction() {
        return "organization.unit.created";
    }

    @Override
    public String auditTargetType() {
        return "Unit";
    }

    @Override
    public String auditTargetId() {
        return code;
    }
}
