package vn.cityhall.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The events the intake published and CityHall has not yet delivered to their listeners (the audit trail records
 * every received item after its commit): the driver waits for them after the intake, so that the next measurement
 * (or the next start, which delivers what is left) does not pay for this one, and reports how long they took.
 */
final class PendingEvents {

    /** How many were pending when the load ended, how many are left, and after how many seconds. */
    record Drain(long pendingAtEnd, long left, long seconds) {

        String describe() {
            if (pendingAtEnd == 0) {
                return "Events of the intake: every one delivered when the load ended.";
            }
            return left == 0
                    ? "Events of the intake: %,d still undelivered when the load ended, all delivered %d s later."
                            .formatted(pendingAtEnd, seconds)
                    : "Events of the intake: %,d still undelivered when the load ended, %,d left after %d s."
                            .formatted(pendingAtEnd, left, seconds);
        }
    }

    private PendingEvents() {
    }

    static Drain waitUntilDelivered(Connection db, int limitSeconds) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        long atEnd = pending(db);
        long left = atEnd;
        while (left > 0 && System.nanoTime() - started < limitSeconds * 1_000_000_000L) {
            Thread.sleep(1_000);
            left = pending(db);
        }
        return new Drain(atEnd, left, (System.nanoTime() - started) / 1_000_000_000L);
    }

    static long pending(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            return TaskDataGenerator.single(st, "select count(*) from event_publication where completion_date is null");
        }
    }
}
