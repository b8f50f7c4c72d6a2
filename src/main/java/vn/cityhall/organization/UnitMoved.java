package vn.cityhall.organization;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/** A unit was moved under another parent. */
public record UnitMoved(UnitId unit, UnitId from, UnitId to, AuditActor actor) implements Audited {

    @Override
    public String auditAction() {
        return "organization.unit.moved";
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
        return "from=" + from + " to=" + to;
    }
}
