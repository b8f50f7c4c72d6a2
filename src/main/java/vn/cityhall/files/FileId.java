package vn.cityhall.files;

/**
 * Identifies one stored upload. Other modules keep this id in their own tables (a plain
 * {@code bigint} column, no foreign key) and never refer to a file any other way.
 */
public record FileId(long value) {

    public FileId {
        if (value <= 0) {
            throw new IllegalArgumentException("A file id is positive, was " + value);
        }
    }

    public static FileId of(long value) {
        return new FileId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
