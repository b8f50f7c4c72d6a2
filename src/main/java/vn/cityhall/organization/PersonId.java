package vn.cityhall.organization;

/** Identifies a {@link Person}; other modules refer to people only by this id. */
public record PersonId(long value) {

    public static PersonId of(long value) {
        return new PersonId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
