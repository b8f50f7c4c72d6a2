package vn.cityhall.tasks.tally;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import javax.sql.DataSource;

import vn.cityhall.shared.ObligationRole;
import vn.cityhall.tasks.TaskStatus;

/**
 * Recomputes the dashboard counters from the tasks, in one transaction: after a bulk load (the
 * benchmark's data generator), a restore, or to prove the incremental counters right. Reads the
 * task table once, streaming, so memory stays flat for millions of tasks.
 */
public class TallyRebuild {

    private static final int BATCH = 5_000;

    private final DataSource dataSource;
    private final ZoneId zone;

    public TallyRebuild(DataSource dataSource, ZoneId zone) {
        this.dataSource = dataSource;
        this.zone = zone;
    }

    /** Replaces every counter; returns the number of tasks counted. */
    public long run(Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                long counted = rebuild(connection, now);
                connection.commit();
                return counted;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private long rebuild(Connection connection, Instant now) throws SQLException {
        try (Statement clear = connection.createStatement()) {
            clear.executeUpdate("delete from tasks_tally_state");
            clear.executeUpdate("delete from tasks_tally");
        }
        TallyDeltas totals = new TallyDeltas();
        long counted = 0;
        try (Statement read = connection.createStatement();
                PreparedStatement write = connection.prepareStatement("insert into tasks_tally_state"
                        + " (task_id, period, unit_id, person_id, bucket, due_at) values (?, ?, ?, ?, ?, ?)")) {
            read.setFetchSize(10_000);
            try (ResultSet rows = read.executeQuery("select id, assigned_at, holder_unit_id, holder_person_id, status,"
                    + " on_time, due_at from tasks_task where role <> '" + ObligationRole.INFORM.name() + "'")) {
                while (rows.next()) {
                    TallyState state = state(rows, now);
                    totals.add(state.key(), state.bucket(), 1);
                    bind(write, state);
                    if (++counted % BATCH == 0) {
                        write.executeBatch();
                    }
                }
            }
            write.executeBatch();
        }
        insertTotals(connection, totals);
        return counted;
    }

    private TallyState state(ResultSet rows, Instant now) throws SQLException {
        Timestamp due = rows.getTimestamp("due_at");
        Instant dueAt = due == null ? null : due.toInstant();
        long person = rows.getLong("holder_person_id");
        Long holder = rows.wasNull() ? null : person;
        boolean onTimeValue = rows.getBoolean("on_time");
        Boolean onTime = rows.wasNull() ? null : onTimeValue;
        return new TallyState(rows.getLong("id"),
                TallyKey.of(rows.getTimestamp("assigned_at").toInstant(), zone, rows.getLong("holder_unit_id"), holder),
                TallyBucket.of(TaskStatus.valueOf(rows.getString("status")), onTime, dueAt, now), dueAt);
    }

    private static void bind(PreparedStatement write, TallyState state) throws SQLException {
        write.setLong(1, state.taskId());
        write.setDate(2, Date.valueOf(state.key().month()));
        write.setLong(3, state.key().unitId());
        write.setLong(4, state.key().personId());
        write.setString(5, state.bucket().name());
        write.setTimestamp(6, state.dueAt() == null ? null : Timestamp.from(state.dueAt()));
        write.addBatch();
    }

    private static void insertTotals(Connection connection, TallyDeltas totals) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into tasks_tally (period, unit_id, person_id,"
                + " open_count, overdue, done_on_time, done_late, cancelled) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Map.Entry<TallyKey, EnumMap<TallyBucket, Integer>> row : totals.rows().entrySet()) {
                insert.setDate(1, Date.valueOf(row.getKey().month()));
                insert.setLong(2, row.getKey().unitId());
                insert.setLong(3, row.getKey().personId());
                int column = 4;
                for (TallyBucket bucket : TallyBucket.values()) {
                    insert.setInt(column++, row.getValue().getOrDefault(bucket, 0));
                }
                insert.addBatch();
                if (++pending % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
