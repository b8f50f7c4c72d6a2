package vn.cityhall.tasks;

/** Identifies a {@link Task}. */
public record TaskId(long value) {

    public static TaskId of(long value) {
        return new TaskId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
