package vn.cityhall.organization;

import java.time.LocalDate;

/** A read-only view of a unit, for other modules and for pages. */
public record UnitNode(UnitId id, UnitId parentId, String code, String name, String fullName, String shortName,
        UnitType type, boolean active, LocalDate validFrom, LocalDate validTo, int sortOrder) {

    static UnitNode of(Unit unit) {
        return new UnitNode(unit.id(), unit.parent() == null ? null : unit.parent().id(), unit.code(), unit.name(),
                unit.fullName(), unit.shortName(), unit.type(), unit.isActive(), unit.validFrom(), unit.validTo(),
                unit.sortOrder());
    }
}
