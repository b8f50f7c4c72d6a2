package vn.cityhall.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The run's rows, read through JDBC: its users' ids all begin with a prefix no earlier run used, and its events
 * were all received after it began ({@code received_at} is indexed), which keeps the queries to the run.
 */
final class ZaloRunRows {

    /** How many of the run's events were pending when a phase ended, how many are left, after how long. */
    record Drain(long pendingAtEnd, long left, long total, long seconds) {

        /** @param phase what ended: "the warm-up", "the load" */
        String describe(String phase) {
            return left == 0 ? "Processing: %,d of the %,d events still pending when %s ended, all processed %d s later."
                    .formatted(pendingAtEnd, total, phase, seconds)
                    : "Processing: %,d of the %,d events still pending when %s ended, %,d left after %d s (gave up)."
                            .formatted(pendingAtEnd, total, phase, left, seconds);
        }
    }

    private final Connection db;
    private final String userPrefix;
    private final Timestamp since;

    private ZaloRunRows(Connection db, String userPrefix, Timestamp since) {
        this.db = db;
        this.userPrefix = userPrefix;
        this.since = since;
    }

    /** A run beginning now (the database's clock), with a user prefix ("9" and 5 digits) no stored event has. */
    static ZaloRunRows begin(Connection db, SplittableRandom random) throws SQLException {
        Timestamp now = single(db, "select now()", null, null, rs -> rs.getTimestamp(1));
        for (int attempt = 0; attempt < 100; attempt++) {
            String prefix = "9%05d".formatted(random.nextInt(100_000));
            if (single(db, "select count(*) from zalo_inbound_event where user_id like ?", prefix + "%", null,
                    rs -> rs.getLong(1)) == 0) {
                return new ZaloRunRows(db, prefix, now);
            }
        }
        throw new IllegalStateException("No free user prefix: drop the database (--fresh)");
    }

    String userPrefix() {
        return userPrefix;
    }

    /** Events of earlier runs (or of a test) still pending: the worker has those to do too. */
    long pendingBefore() throws SQLException {
        return single(db, "select count(*) from zalo_inbound_event where status = 'PENDING'", null, null,
                rs -> rs.getLong(1));
    }

    /**
     * Analyses {@code zalo_inbound_event} before the run, while none of its events is pending: the statistics an
     * idle table gets from autovacuum, from which PostgreSQL would plan the worker's queries as if nothing were
     * pending. The run then shows that the worker copes with them (it refreshes them itself once a backlog forms,
     * {@code InboundStatistics}); before it did, one batch took 47 s with 10,000 events pending.
     */
    void analyzeIdle() throws SQLException {
        try (PreparedStatement st = db.prepareStatement("analyze zalo_inbound_event")) {
            st.execute();
        }
    }

    /** Waits until none of the run's events is pending, at most {@code limitSeconds}, with progress every 10 s. */
    Drain waitUntilProcessed(int limitSeconds) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        long[] counts = pendingAndTotal();
        long atEnd = counts[0];
        long left = atEnd;
        long lastReport = started;
        long leftAtReport = left;
        while (left > 0 && System.nanoTime() - started < limitSeconds * 1_000_000_000L) {
            Thread.sleep(2_000);
            left = pendingAndTotal()[0];
            long now = System.nanoTime();
            if (now - lastReport >= 10_000_000_000L) {
                System.err.printf("Zalo: %,d of %,d events still pending after %d s (%,.0f processed a second)%n", left,
                        counts[1], (now - started) / 1_000_000_000L, (leftAtReport - left) / ((now - lastReport) / 1e9));
                lastReport = now;
                leftAtReport = left;
            }
        }
        return new Drain(atEnd, left, counts[1], (System.nanoTime() - started) / 1_000_000_000L);
    }

    /**
     * Waits until the outbox has sent every reply to the run's citizens, at most {@code limitSeconds}; returns how
     * many were still waiting when it began. The worker queues the replies and the outbox sends them after it,
     * so the warm-up's replies would otherwise still go out (to the fake Zalo, in CityHall) while the intake is
     * measured.
     */
    long waitUntilRepliesSent(int limitSeconds) throws SQLException, InterruptedException {
        String query = "select count(*) from zalo_outbox where status = 'PENDING' and created_at >= ? and user_id like ?";
        long atStart = single(db, query, since, userPrefix + "%", rs -> rs.getLong(1));
        long started = System.nanoTime();
        long left = atStart;
        while (left > 0 && System.nanoTime() - started < limitSeconds * 1_000_000_000L) {
            Thread.sleep(1_000);
            left = single(db, query, since, userPrefix + "%", rs -> rs.getLong(1));
        }
        return atStart;
    }

    ZaloIntakeCheck.Stored stored() throws SQLException {
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, Long> byStatus = new TreeMap<>();
        try (PreparedStatement st = db.prepareStatement("select dedup_key, status from zalo_inbound_event"
                + " where received_at >= ? and user_id like ?")) {
            st.setTimestamp(1, since);
            st.setString(2, userPrefix + "%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    byKey.merge(rs.getString(1), 1, Integer::sum);
                    byStatus.merge(rs.getString(2), 1L, Long::sum);
                }
            }
        }
        long repeated = single(db, "select count(*) - count(distinct msg_id) from zalo_inbound_event"
                + " where received_at >= ? and user_id like ? and msg_id is not null", since, userPrefix + "%",
                rs -> rs.getLong(1));
        return new ZaloIntakeCheck.Stored(byKey, byStatus, repeated);
    }

    ZaloIntakeCheck.Items items() throws SQLException {
        Map<String, Integer> perUser = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement("select l.user_id, count(*) from zalo_feedback_link l"
                + " join feedback_item i on i.id = l.item_id where l.created_at >= ? and l.user_id like ?"
                + " and i.channel = 'ZALO' group by l.user_id")) {
            st.setTimestamp(1, since);
            st.setString(2, userPrefix + "%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    perUser.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        long zalo = single(db, "select count(*) from feedback_item where channel = 'ZALO' and received_at >= ?", since,
                null, rs -> rs.getLong(1));
        return new ZaloIntakeCheck.Items(perUser, zalo);
    }

    /**
     * How the worker kept up: its rate from the first event processed to the last, the time from arrival to
     * processing, and what the outbox did with the replies.
     */
    List<String> figures(String settle) throws SQLException {
        List<String> lines = new ArrayList<>();
        lines.add(single(db, "select count(*), extract(epoch from max(processed_at) - min(processed_at)),"
                + " percentile_cont(0.5) within group (order by extract(epoch from processed_at - received_at)),"
                + " percentile_cont(0.99) within group (order by extract(epoch from processed_at - received_at)),"
                + " max(extract(epoch from processed_at - received_at)) from zalo_inbound_event"
                + " where received_at >= ? and user_id like ? and processed_at is not null", since, userPrefix + "%",
                rs -> ("Worker: %,d events processed in %.0f s (%,.0f a second); from arrival to processed (the settle"
                        + " time is %s) p50 %.1f s, p99 %.1f s, max %.1f s.").formatted(rs.getLong(1), rs.getDouble(2),
                        rs.getLong(1) / Math.max(rs.getDouble(2), 1), settle, rs.getDouble(3), rs.getDouble(4),
                        rs.getDouble(5))));
        StringBuilder outbox = new StringBuilder("Outbox: the replies to the run's citizens:");
        try (PreparedStatement st = db.prepareStatement("select status, count(*) from zalo_outbox"
                + " where created_at >= ? and user_id like ? group by status order by status")) {
            st.setTimestamp(1, since);
            st.setString(2, userPrefix + "%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    outbox.append(" %s %,d".formatted(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        lines.add(outbox.append('.').toString());
        return lines;
    }

    private long[] pendingAndTotal() throws SQLException {
        return single(db, "select count(*) filter (where status = 'PENDING'), count(*) from zalo_inbound_event"
                + " where received_at >= ? and user_id like ?", since, userPrefix + "%",
                rs -> new long[] { rs.getLong(1), rs.getLong(2) });
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The first row of a query with up to two parameters (a time, a text). */
    private static <T> T single(Connection db, String sql, Object first, Object second, Row<T> row)
            throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            int index = 1;
            for (Object parameter : new Object[] { first, second }) {
                if (parameter != null) {
                    st.setObject(index++, parameter);
                }
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return row.read(rs);
            }
        }
    }
}
