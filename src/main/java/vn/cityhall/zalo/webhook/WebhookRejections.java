package vn.cityhall.zalo.webhook;

import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The webhook calls refused ({@code zalo_webhook_rejection}): when, why, from where, how large; never the body. */
@Repository
class WebhookRejections {

    private final JdbcTemplate jdbc;

    WebhookRejections(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(Instant at, RejectionReason reason, String remoteAddress, long bodySize) {
        jdbc.update("insert into zalo_webhook_rejection (rejected_at, reason, remote_address, body_size) values (?, ?, ?, ?)",
                Times.utc(at), reason.name(), remoteAddress == null || remoteAddress.length() <= 64 ? remoteAddress
                        : remoteAddress.substring(0, 64), bodySize);
    }

    long countSince(Instant since) {
        return jdbc.queryForObject("select count(*) from zalo_webhook_rejection where rejected_at >= ?", Long.class,
                Times.utc(since));
    }
}
