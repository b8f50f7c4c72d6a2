package vn.cityhall.zalo.webhook;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored webhook events ({@code zalo_inbound_event}), in plain SQL that runs on H2 (PostgreSQL mode) and
 * PostgreSQL. A redelivery is dropped by the unique dedup key ({@code on conflict do nothing}: no error, no
 * log). Workers on several nodes claim events with {@code for update skip locked}, and an event is only taken
 * when no earlier event of the same user is still pending, so each user's events are processed one at a time,
 * in Zalo timestamp order (ties in arrival order).
 */
@Repository
class InboundEvents {

    /** Status of an event. */
    enum Status { PENDING, PROCESSED, IGNORED, FAILED }

    /** An event to store: its envelope, its body as received and when it arrived. */
    record Arrival(WebhookEnvelope envelope, byte[] raw, Instant receivedAt) {
    }

    /** A pending event, claimed by the current transaction. */
    record Claimed(long id, String eventName, String userId, String msgId, long zaloTs, String rawBody, int attempts) {
    }

    /** A pending event the worker may take next. */
    record Due(long id, String eventName) {
    }

    private static final String INSERT = "insert into zalo_inbound_event (dedup_key, event_name, user_id, msg_id,"
            + " zalo_ts, zalo_time, raw_body, received_at, status, attempts, next_attempt_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?) on conflict do nothing";

    private static final String EARLIER_PENDING = "select 1 from zalo_inbound_event p where p.status = 'PENDING'"
            + " and p.user_id = e.user_id and (p.zalo_ts < e.zalo_ts or (p.zalo_ts = e.zalo_ts and p.id < e.id))";

    private final JdbcTemplate jdbc;

    InboundEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores an event unless one with the same dedup key is stored; {@code true} if it was stored now. */
    boolean store(Arrival arrival) {
        return jdbc.update(INSERT, statement -> bind(statement, arrival)) == 1;
    }

    /**
     * Stores several events in one batch, in the caller's transaction, each unless one with its dedup key is
     * stored (also earlier in the same batch); for each, {@code true} if it was stored now.
     */
    boolean[] storeAll(List<Arrival> arrivals) {
        int[] counts = jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                bind(statement, arrivals.get(i));
            }

            @Override
            public int getBatchSize() {
                return arrivals.size();
            }
        });
        boolean[] stored = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            stored[i] = counts[i] == 1;
        }
        return stored;
    }

    private static void bind(PreparedStatement statement, Arrival arrival) throws SQLException {
        WebhookEnvelope envelope = arrival.envelope();
        long millis = envelope.epochMillis();
        statement.setString(1, envelope.dedupKey());
        statement.setString(2, envelope.eventName());
        statement.setString(3, envelope.userId());
        statement.setString(4, envelope.storedMsgId());
        statement.setLong(5, millis);
        statement.setObject(6, Times.utc(Instant.ofEpochMilli(millis)));
        statement.setString(7, new String(arrival.raw(), StandardCharsets.UTF_8));
        statement.setObject(8, Times.utc(arrival.receivedAt()));
        statement.setObject(9, Times.utc(arrival.receivedAt()));
    }

    /**
     * Pending events due at {@code now}, received no later than {@code settledBefore}, that head their user's
     * lane, oldest first. An earlier event of the same user still settling holds the later ones back. On
     * PostgreSQL the query walks the pending events oldest first and probes each one's lane, both through partial
     * indexes (V113_1): it stops at its batch however many are pending, provided the statistics know that events
     * are pending ({@link InboundStatistics}).
     */
    List<Due> due(Instant now, Instant settledBefore, int limit) {
        return jdbc.query("select e.id, e.event_name from zalo_inbound_event e where e.status = 'PENDING'"
                + " and e.next_attempt_at <= ? and e.received_at <= ? and not exists (" + EARLIER_PENDING + ")"
                + " order by e.zalo_ts, e.id limit ?",
                (rs, row) -> new Due(rs.getLong(1), rs.getString(2)), Times.utc(now), Times.utc(settledBefore), limit);
    }

    /** Whether at least {@code count} events are pending (reads at most that many index entries). */
    boolean pendingAtLeast(int count) {
        return jdbc.queryForObject("select count(*) from (select 1 from zalo_inbound_event where status = 'PENDING'"
                + " limit ?) p", Integer.class, count) >= count;
    }

    /** When the first pending event received after {@code settledBefore} (still settling) was received. */
    Optional<Instant> firstSettling(Instant settledBefore) {
        return jdbc.query("select received_at from zalo_inbound_event where received_at > ? and status = 'PENDING'"
                + " order by received_at limit 1", (rs, row) -> Times.instant(rs, 1), Times.utc(settledBefore))
                .stream().findFirst();
    }

    /** The raw body of an event, if it is still pending. */
    Optional<String> pendingBody(long id) {
        return jdbc.query("select raw_body from zalo_inbound_event where id = ? and status = 'PENDING'",
                (rs, row) -> rs.getString(1), id).stream().findFirst();
    }

    /**
     * Claims the event for the current transaction if it is pending, not claimed by another, and heads its
     * user's lane; empty otherwise. One statement: the lane check runs before the lock is taken, in the same
     * snapshot, and an earlier event claimed by another node still counts as pending until that node commits.
     */
    Optional<Claimed> claim(long id) {
        return jdbc.query("select e.id, e.event_name, e.user_id, e.msg_id, e.zalo_ts, e.raw_body, e.attempts"
                + " from zalo_inbound_event e where e.id = ? and e.status = 'PENDING' and not exists ("
                + EARLIER_PENDING + ") for update skip locked",
                (rs, row) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getInt(7)), id).stream().findFirst();
    }

    /** Marks a claimed event done: {@link Status#PROCESSED} or {@link Status#IGNORED}. */
    void finish(long id, Status status, Instant at) {
        jdbc.update("update zalo_inbound_event set status = ?, processed_at = ? where id = ?", status.name(),
                Times.utc(at), id);
    }

    /** The attempts made on a pending event, locking it until the transaction ends; empty if it is not pending. */
    Optional<Integer> lockAttempts(long id) {
        return jdbc.queryForList("select attempts from zalo_inbound_event where id = ? and status = 'PENDING' for update",
                Integer.class, id).stream().findFirst();
    }

    /**
     * Records a failed attempt (in a transaction of its own, after the attempt's rolled back): the attempts made,
     * the error, and either when the event is due again or, with {@code giveUp}, FAILED for good.
     */
    void recordFailure(long id, int attempts, String error, Instant retryAt, boolean giveUp) {
        jdbc.update("update zalo_inbound_event set attempts = ?, last_error = ?, next_attempt_at = ?, status = ?"
                + " where id = ?", attempts, cut(error), Times.utc(retryAt),
                giveUp ? Status.FAILED.name() : Status.PENDING.name(), id);
    }

    private static String cut(String error) {
        String text = error == null ? "" : error;
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }
}
