package vn.cityhall.tasks.tally;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/** Test reads of the counter tables. */
final class TallyCounters {

    private final JdbcTemplate jdbc;

    TallyCounters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every non-zero counter, as "month/unit/person/bucket" → count. */
    Map<String, Integer> counters() {
        Map<String, Integer> counters = new TreeMap<>();
        jdbc.query("select * from tasks_tally", row -> {
            for (TallyBucket bucket : TallyBucket.values()) {
                int value = row.getInt(bucket.column());
                if (value != 0) {
                    counters.put(row.getDate("period") + "/" + row.getLong("unit_id") + "/" + row.getLong("person_id")
                            + "/" + bucket, value);
                }
            }
        });
        return counters;
    }

    /** The counters as they must be: the task states, each counted in its row and its unit's total row. */
    Map<String, Integer> countersFromStates() {
        Map<String, Integer> expected = new TreeMap<>();
        jdbc.query("select period, unit_id, person_id, bucket from tasks_tally_state", row -> {
            String unitTotal = row.getDate("period") + "/" + row.getLong("unit_id") + "/0/" + row.getString("bucket");
            expected.merge(unitTotal, 1, Integer::sum);
            if (row.getLong("person_id") != 0) {
                expected.merge(row.getDate("period") + "/" + row.getLong("unit_id") + "/" + row.getLong("person_id")
                        + "/" + row.getString("bucket"), 1, Integer::sum);
            }
        });
        return expected;
    }

    /** Where one task is counted: unit, person, bucket; empty if not counted. */
    List<String> stateOf(long taskId) {
        return jdbc.query("select unit_id, person_id, bucket from tasks_tally_state where task_id = ?",
                (row, n) -> row.getLong("unit_id") + "/" + row.getLong("person_id") + "/" + row.getString("bucket"),
                taskId);
    }
}
