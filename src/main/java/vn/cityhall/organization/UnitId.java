package vn.cityhall.organization;

/** Identifies a {@link Unit}; other modules refer to units only by this id. */
public record UnitId(long value) {

    public static UnitId of(long value) {
        return new UnitId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
