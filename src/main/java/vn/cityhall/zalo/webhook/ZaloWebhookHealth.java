package vn.cityhall.zalo.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The webhook's side of the channel health page: what came in lately, what waits, what failed, what was refused. */
@Service
public class ZaloWebhookHealth {

    /**
     * @param lastReceivedAt when the latest event was stored, or {@code null} if none ever was
     * @param pending events stored and not processed yet
     * @param failed events given up on (kept in {@code zalo_inbound_event} as FAILED)
     * @param rejectedSince calls refused in the period asked for (signature, app id, body)
     */
    public record Snapshot(Instant lastReceivedAt, long pending, long failed, long rejectedSince) {
    }

    private final JdbcTemplate jdbc;
    private final WebhookRejections rejections;
    private final Clock clock;

    ZaloWebhookHealth(JdbcTemplate jdbc, WebhookRejections rejections, Clock clock) {
        this.jdbc = jdbc;
        this.rejections = rejections;
        this.clock = clock;
    }

    /** The figures now, with the calls refused during the last {@code period}. */
    public Snapshot snapshot(Duration period) {
        Instant lastReceived = jdbc.query("select max(received_at) from zalo_inbound_event",
                (rs, row) -> Times.instant(rs, 1)).stream().filter(Objects::nonNull).findFirst().orElse(null);
        long pending = count(InboundEvents.Status.PENDING);
        long failed = count(InboundEvents.Status.FAILED);
        return new Snapshot(lastReceived, pending, failed, rejections.countSince(clock.instant().minus(period)));
    }

    private long count(InboundEvents.Status status) {
        // The status as a literal, so that PostgreSQL can count it from its partial index (V113_1).
        return jdbc.queryForObject("select count(*) from zalo_inbound_event where status = '" + status.name() + "'",
                Long.class);
    }
}
