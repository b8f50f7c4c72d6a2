package vn.cityhall.organization;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/** A unit's validity ended (merged, dissolved). */
public record UnitDeactivated(UnitId unit, String code, AuditActor actor) implements Audited {

    @Override
    public String auditAction() {
        return "organization.unit.deactivated";
    }

    @Override
    public String auditTargetType() {
        return "Unit";
    }

    @Override
    public String auditTargetId() {
        return unit.toString();
    }

    @Override
    public String auditDetail() {
        return "code=" + code;
    }
}
