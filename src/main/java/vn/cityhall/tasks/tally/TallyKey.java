package vn.cityhall.tasks.tally;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;

/**
 * One row of counters: the month a task was assigned in (its first day), the unit holding it and
 * the person holding it ({@link #NO_PERSON} when nobody in particular).
 */
public record TallyKey(LocalDate month, long unitId, long personId) implements Comparable<TallyKey> {

    /** The person id of a unit's total row, and of tasks held by a unit without a named person. */
    public static final long NO_PERSON = 0;

    private static final Comparator<TallyKey> ORDER = Comparator.comparing(TallyKey::month)
            .thenComparingLong(TallyKey::unitId).thenComparingLong(TallyKey::personId);

    public static TallyKey of(Instant assignedAt, ZoneId zone, long unitId, Long personId) {
        return new TallyKey(assignedAt.atZone(zone).toLocalDate().withDayOfMonth(1), unitId,
                personId == null ? NO_PERSON : personId);
    }

    /** The unit's total row this key also counts in. */
    public TallyKey unitTotal() {
        return new TallyKey(month, unitId, NO_PERSON);
    }

    @Override
    public int compareTo(TallyKey other) {
        return ORDER.compare(this, other);
    }
}
