package vn.cityhall.organization;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/** A unit's names, code, dates or order changed. */
public record UnitUpdated(UnitId unit, String code, AuditActor actor) implements Audited {

    @Override
    public String auditAction() {
        return "organization.unit.updated";
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
