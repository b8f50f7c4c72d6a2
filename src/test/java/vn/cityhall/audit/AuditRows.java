package vn.cityhall.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Reads audit entries straight from the table, for assertions in integration tests. */
final class AuditRows {

    private static final RowMapper<Row> ROW = (rs, n) -> {
        Long person = rs.getObject("actor_person_id", Long.class);
        return new Row(rs.getLong("sequence_number"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor_username"), person, rs.getString("source_address"),
                rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"), rs.getString("detail"),
                AuditOutcome.valueOf(rs.getString("outcome")));
    };

    private AuditRows() {
    }

    /** The sequence number of the newest entry (0 when there is none). */
    static long head(JdbcTemplate jdbc) {
        Long head = jdbc.queryForObject("select last_sequence from audit_chain_head where id = 1", Long.class);
        return head == null ? 0 : head;
    }

    /** Entries after a sequence number, oldest first. */
    static List<Row> after(JdbcTemplate jdbc, long sequence) {
        return jdbc.query("select * from audit_entry where sequence_number > ? order by sequence_number", ROW,
                sequence);
    }

    static Row bySequence(JdbcTemplate jdbc, long sequence) {
        return jdbc.queryForObject("select * from audit_entry where sequence_number = ?", ROW, sequence);
    }

    static List<Row> byTargetId(JdbcTemplate jdbc, String targetId) {
        return jdbc.query("select * from audit_entry where target_id = ? order by sequence_number", ROW, targetId);
    }

    /** Waits (up to ten seconds) for asynchronous listeners to write entries matching the condition. */
    static List<Row> await(JdbcTemplate jdbc, String targetId, Predicate<List<Row>> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<Row> rows = byTargetId(jdbc, targetId);
        while (!done.test(rows) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            rows = byTargetId(jdbc, targetId);
        }
        return rows;
    }

    record Row(long sequence, Instant occurredAt, String actor, Long actorPersonId, String sourceAddress,
            String action, String targetType, String targetId, String detail, AuditOutcome outcome) {
    }
}
