package vn.cityhall.tasks.tally;

/**
 * The dashboard's figures for a unit, a person or a month. Assigned means every task with an
 * obligation that was not cancelled; the on-time rate is the share done on time among the tasks
 * whose outcome is known (done on time, done late, or already overdue).
 */
public record TallyCounts(long open, long overdue, long doneOnTime, long doneLate, long cancelled) {

    public static final TallyCounts ZERO = new TallyCounts(0, 0, 0, 0, 0);

    public TallyCounts plus(TallyCounts other) {
        return new TallyCounts(open + other.open, overdue + other.overdue, doneOnTime + other.doneOnTime,
                doneLate + other.doneLate, cancelled + other.cancelled);
    }

    public TallyCounts minus(TallyCounts other) {
        return new TallyCounts(open - other.open, overdue - other.overdue, doneOnTime - other.doneOnTime,
                doneLate - other.doneLate, cancelled - other.cancelled);
    }

    public long assigned() {
        return open + overdue + doneOnTime + doneLate;
    }

    public long done() {
        return doneOnTime + doneLate;
    }

    public boolean isEmpty() {
        return assigned() == 0 && cancelled == 0;
    }

    /** Done on time as a percentage of done and overdue tasks, or {@code null} when none is due yet. */
    public Double onTimeRate() {
        long measured = doneOnTime + doneLate + overdue;
        return measured == 0 ? null : 100.0 * doneOnTime / measured;
    }
}
