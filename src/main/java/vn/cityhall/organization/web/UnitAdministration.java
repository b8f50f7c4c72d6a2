package vn.cityhall.organization.web;

import java.time.LocalDate;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Unit;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitType;
import vn.cityhall.organization.Units;

/**
 * The administrator's changes to the unit tree. Every rule that the form alone cannot check is
 * checked here, inside the transaction; a broken rule throws {@link AdminRefusal}, which rolls the
 * transaction back, so a refused change changes nothing. Saving publishes the unit's audited events.
 */
@Service
@Transactional
class UnitAdministration {

    private final Units units;
    private final People people;

    UnitAdministration(Units units, People people) {
        this.units = units;
        this.people = people;
    }

    UnitId create(UnitForm form) {
        UnitType type = form.unitType();
        requireFreeCode(form.code(), null);
        Unit parent = null;
        if (form.parentCode() != null) {
            parent = units.findByCode(form.parentCode())
                    .orElseThrow(() -> new AdminRefusal("parentCode", "organization.unit.error.unknownParent",
                            form.parentCode()));
            if (!parent.isActive()) {
                throw new AdminRefusal("parentCode", "organization.unit.error.inactiveParent", parent.name());
            }
        }
        requireTypeFits(type, parent == null ? null : parent.type(), "parentCode");
        return units.save(Unit.create(form.details(), type, parent)).id();
    }

    void update(UnitId id, UnitForm form) {
        Unit unit = find(id);
        requireFreeCode(form.code(), unit.id());
        if (!unit.isActive() && form.validToDate() == null) {
            throw new AdminRefusal("validTo", "organization.unit.error.inactiveNeedsEnd");
        }
        units.save(unit.update(form.details()));
    }

    void move(UnitId id, String newParentCode) {
        Unit unit = find(id);
        if (newParentCode == null) {
            throw new AdminRefusal("parentCode", "organization.unit.move.parent.required");
        }
        Unit target = units.findByCode(newParentCode)
                .orElseThrow(() -> new AdminRefusal("parentCode", "organization.unit.error.unknownParent",
                        newParentCode));
        for (Unit step = target; step != null; step = step.parent()) {
            if (step.id().equals(unit.id())) {
                throw new AdminRefusal("parentCode", "organization.unit.error.ownSubtree", target.name(),
                        unit.name());
            }
        }
        if (unit.parent() != null && unit.parent().id().equals(target.id())) {
            throw new AdminRefusal("parentCode", "organization.unit.error.sameParent", target.name());
        }
        if (!target.isActive()) {
            throw new AdminRefusal("parentCode", "organization.unit.error.inactiveParent", target.name());
        }
        requireTypeFits(unit.type(), target.type(), "parentCode");
        units.save(unit.moveTo(target));
    }

    void deactivate(UnitId id, LocalDate endDate) {
        Unit unit = find(id);
        if (!unit.isActive()) {
            throw new AdminRefusal(null, "organization.unit.error.alreadyInactive", unit.name());
        }
        if (endDate == null) {
            throw new AdminRefusal("endDate", "organization.unit.deactivate.endDate.required");
        }
        if (unit.validFrom() != null && endDate.isBefore(unit.validFrom())) {
            throw new AdminRefusal("endDate", "organization.unit.deactivate.endDate.beforeFrom",
                    UnitRow.DATE.format(unit.validFrom()));
        }
        long activePeople = people.countByUnitIdAndActiveTrue(id.value());
        long activeChildren = units.countByParentIdAndActiveTrue(id.value());
        if (activePeople > 0 || activeChildren > 0) {
            throw new AdminRefusal(null, "organization.unit.error.stillInUse", unit.name(), activePeople,
                    activeChildren);
        }
        units.save(unit.deactivate(endDate));
    }

    void reactivate(UnitId id) {
        Unit unit = find(id);
        if (unit.isActive()) {
            throw new AdminRefusal(null, "organization.unit.error.alreadyActive", unit.name());
        }
        if (unit.parent() != null && !unit.parent().isActive()) {
            throw new AdminRefusal(null, "organization.unit.error.parentInactive", unit.parent().name());
        }
        units.save(unit.reactivate());
    }

    private Unit find(UnitId id) {
        return units.findById(id.value()).orElseThrow(() -> new UnitNotFound(id));
    }

    private void requireFreeCode(String code, UnitId self) {
        boolean taken = self == null ? units.existsByCode(code) : units.existsByCodeAndIdNot(code, self.value());
        if (taken) {
            throw new AdminRefusal("code", "organization.unit.code.taken", code);
        }
    }

    private static void requireTypeFits(UnitType type, UnitType parentType, String field) {
        if (!type.mayBeChildOf(parentType)) {
            String key = parentType == null ? "organization.unit.error.needsParent" : "organization.unit.error.typeParent";
            throw new AdminRefusal(field, key, label(type), parentType == null ? "" : label(parentType));
        }
    }

    private static DefaultMessageSourceResolvable label(UnitType type) {
        return new DefaultMessageSourceResolvable(type.messageKey());
    }
}
