package vn.cityhall.zalo.webhook;

import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps PostgreSQL's statistics of {@code zalo_inbound_event} true while a backlog lasts. The worker's queries
 * read the pending events through partial indexes (V113_1), and PostgreSQL plans them from statistics that
 * usually say nothing is pending: an analyze mostly finds the table idle. Planned so, with 100,000 events
 * pending, one batch took 1.7 s instead of 7 ms, and even the claim of one event by its id read the pending index
 * whole (14 ms instead of 0.5). Autovacuum catches up within its nap time at best, and not at all where it is off,
 * so the worker refreshes the statistics itself: when it first meets a backlog (a batch's worth pending as a
 * drain starts, or a full batch), then after every
 * {@value #REFRESH_EVERY} events while batches stay full. An analyze samples a bounded number of rows (about
 * half a second on 600,000 events). Nothing happens on other databases (H2 plans from its indexes).
 * Used by the worker's single thread only.
 */
@Component
class InboundStatistics {

    static final int REFRESH_EVERY = 2_000;

    private static final Logger log = LoggerFactory.getLogger(InboundStatistics.class);

    private final JdbcTemplate jdbc;
    private boolean enabled;
    private boolean backlog;
    private int sinceRefresh;

    InboundStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.enabled = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> connection
                .getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
    }

    /**
     * Called as a drain starts, before its first query; {@code batchPending} tells whether at least a batch of
     * events is pending, and is only asked on PostgreSQL. A backlog that formed while the worker waited (events
     * settling, a restart) is analysed before it is read; with less than a batch pending the backlog is over.
     * Returns whether the statistics were refreshed now.
     */
    boolean drainStarting(BooleanSupplier batchPending) {
        if (!enabled) {
            return false;
        }
        if (!batchPending.getAsBoolean()) {
            backlog = false;
            return false;
        }
        return backlogSeen(0);
    }

    /**
     * Called with each batch the worker takes; {@code full} when it held as many events as asked for, so that
     * more are waiting. A batch that is not full does not end the backlog: the rest may be settling or held
     * behind an event that waits for its retry. Returns whether the statistics were refreshed now.
     */
    boolean batchTaken(int size, boolean full) {
        return full && backlogSeen(size);
    }

    private boolean backlogSeen(int events) {
        sinceRefresh += events;
        if (backlog && sinceRefresh < REFRESH_EVERY) {
            return false;
        }
        backlog = true;
        sinceRefresh = 0;
        return refresh();
    }

    private boolean refresh() {
        if (!enabled) {
            return false;
        }
        try {
            jdbc.execute("analyze zalo_inbound_event (status, user_id, zalo_ts, next_attempt_at, received_at)");
            return true;
        } catch (DataAccessException e) {
            enabled = false; // e.g. a database user that does not own the table: autovacuum has to do
            log.warn("Could not analyze zalo_inbound_event; the worker leaves its statistics to autovacuum", e);
            return false;
        }
    }
}
