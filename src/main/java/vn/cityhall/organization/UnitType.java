package vn.cityhall.organization;

/** Kinds of unit in the two-level local government (from 1 July 2025: no district level). */
public enum UnitType {
    /** Ủy ban nhân dân thành phố: the City People's Committee. */
    CITY,
    /** Sở, ban, ngành, and the City Office (Văn phòng UBND). */
    DEPARTMENT,
    /** Phường, xã: a ward or commune People's Committee. */
    COMMUNE,
    /** Phòng, ban inside a unit. */
    DIVISION;

    /** Whether a unit of this type may sit directly under a unit of the given parent type. */
    public boolean mayBeChildOf(UnitType parent) {
        return switch (this) {
            case CITY -> parent == null;
            case DEPARTMENT, COMMUNE -> parent == CITY;
            case DIVISION -> parent != null;
        };
    }

    public String messageKey() {
        return "organization.unitType." + name();
    }
}
