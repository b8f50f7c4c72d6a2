package vn.cityhall.tasks.tally;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The counter tables, in plain SQL that runs on PostgreSQL and on H2. */
@Component
class TallyStore {

    private static final String STATE_COLUMNS = "task_id, period, unit_id, person_id, bucket, due_at";

    private final JdbcTemplate jdbc;

    TallyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The state a task is counted in, locked until the transaction ends. */
    Optional<TallyState> lockState(long taskId) {
        return jdbc.query("select " + STATE_COLUMNS + " from tasks_tally_state where task_id = ? for update",
                TallyStore::state, taskId).stream().findFirst();
    }

    /** Open tasks whose deadline has passed, soonest first, locked until the transaction ends. */
    List<TallyState> lockPastDue(Instant now, int limit) {
        return jdbc.query("select " + STATE_COLUMNS + " from tasks_tally_state where bucket = 'OPEN' and due_at < ?"
                + " order by due_at fetch first " + limit + " rows only for update",
                TallyStore::state, Timestamp.from(now));
    }

    void saveState(TallyState state, boolean exists) {
        Timestamp due = state.dueAt() == null ? null : Timestamp.from(state.dueAt());
        if (exists) {
            jdbc.update("update tasks_tally_state set period = ?, unit_id = ?, person_id = ?, bucket = ?, due_at = ?"
                    + " where task_id = ?", Date.valueOf(state.key().month()), state.key().unitId(),
                    state.key().personId(), state.bucket().name(), due, state.taskId());
        } else {
            jdbc.update("insert into tasks_tally_state (" + STATE_COLUMNS + ") values (?, ?, ?, ?, ?, ?)",
                    state.taskId(), Date.valueOf(state.key().month()), state.key().unitId(), state.key().personId(),
                    state.bucket().name(), due);
        }
    }

    void deleteState(long taskId) {
        jdbc.update("delete from tasks_tally_state where task_id = ?", taskId);
    }

    void markOverdue(List<Long> taskIds) {
        jdbc.batchUpdate("update tasks_tally_state set bucket = 'OVERDUE' where task_id = ?", taskIds, 500,
                (statement, id) -> statement.setLong(1, id));
    }

    /** Adds the deltas to their rows, creating missing rows (concurrent creators do not collide). */
    void apply(TallyDeltas deltas) {
        for (Map.Entry<TallyKey, EnumMap<TallyBucket, Integer>> row : deltas.rows().entrySet()) {
            if (row.getValue().values().stream().allMatch(value -> value == 0)) {
                continue;
            }
            if (update(row.getKey(), row.getValue()) == 0) {
                TallyKey key = row.getKey();
                jdbc.update("insert into tasks_tally (period, unit_id, person_id) values (?, ?, ?) on conflict do nothing",
                        Date.valueOf(key.month()), key.unitId(), key.personId());
                update(key, row.getValue());
            }
        }
    }

    private int update(TallyKey key, EnumMap<TallyBucket, Integer> changes) {
        StringBuilder sql = new StringBuilder("update tasks_tally set ");
        Object[] args = new Object[changes.size() + 3];
        int i = 0;
        for (Map.Entry<TallyBucket, Integer> change : changes.entrySet()) {
            String column = change.getKey().column();
            sql.append(i == 0 ? "" : ", ").append(column).append(" = ").append(column).append(" + ?");
            args[i++] = change.getValue();
        }
        sql.append(" where period = ? and unit_id = ? and person_id = ?");
        args[i++] = Date.valueOf(key.month());
        args[i++] = key.unitId();
        args[i] = key.personId();
        return jdbc.update(sql.toString(), args);
    }

    private static TallyState state(ResultSet rs, int row) throws SQLException {
        Timestamp due = rs.getTimestamp("due_at");
        return new TallyState(rs.getLong("task_id"), new TallyKey(rs.getDate("period").toLocalDate(),
                rs.getLong("unit_id"), rs.getLong("person_id")), TallyBucket.valueOf(rs.getString("bucket")),
                due == null ? null : due.toInstant());
    }
}
