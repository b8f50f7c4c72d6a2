package vn.cityhall.tasks.tally;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes to apply to the counters, collected per row. A task held by a named person counts in the
 * person's row and in the unit's total row; a task held by the unit alone only in the total.
 */
final class TallyDeltas {

    private final Map<TallyKey, EnumMap<TallyBucket, Integer>> rows = new TreeMap<>();

    TallyDeltas add(TallyKey key, TallyBucket bucket, int delta) {
        count(key, bucket, delta);
        if (key.personId() != TallyKey.NO_PERSON) {
            count(key.unitTotal(), bucket, delta);
        }
        return this;
    }

    private void count(TallyKey key, TallyBucket bucket, int delta) {
        rows.computeIfAbsent(key, k -> new EnumMap<>(TallyBucket.class)).merge(bucket, delta, Integer::sum);
    }

    /** The rows in key order (so that concurrent writers lock them in the same order). */
    Map<TallyKey, EnumMap<TallyBucket, Integer>> rows() {
        return rows;
    }

    boolean isEmpty() {
        return rows.values().stream().allMatch(row -> row.values().stream().allMatch(value -> value == 0));
    }
}
