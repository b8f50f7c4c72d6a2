package vn.cityhall.zalo.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Plays Zalo for tests of other packages (the conversation): posts signed events through the real intake
 * (signature, deduplication, storage) and has the worker process a user's stored events at once, as it would
 * after the settle time, before returning.
 */
@TestComponent
public class WebhookDriver {

    private final WebhookIntake intake;
    private final InboundWorker worker;
    private final JdbcTemplate jdbc;

    WebhookDriver(WebhookIntake intake, InboundWorker worker, JdbcTemplate jdbc) {
        this.intake = intake;
        this.worker = worker;
        this.jdbc = jdbc;
    }

    /** Delivers a signed event (a repeated one is answered as Zalo's retry is), then processes the user's events. */
    public void send(String user, String body) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        try {
            intake.receive(raw, ZaloEvents.signature(raw), "127.0.0.1");
        } catch (WebhookIntake.Rejected e) {
            throw new AssertionError("The webhook refused the event", e);
        }
        process(user);
    }

    /** Processes the user's pending events now; fails with the error when one of them failed. */
    public void process(String user) {
        jdbc.update("update zalo_inbound_event set received_at = ?, next_attempt_at = ? where user_id = ?"
                + " and status = 'PENDING'", Times.utc(Instant.now().minusSeconds(60)),
                Times.utc(Instant.now().minusSeconds(1)), user);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            worker.drain();
            String error = jdbc.query("select last_error from zalo_inbound_event where user_id = ? and last_error"
                    + " is not null order by id desc", rs -> rs.next() ? rs.getString(1) : null, user);
            assertThat(error).as("the processing error").isNull();
            assertThat(jdbc.queryForObject("select count(*) from zalo_inbound_event where user_id = ? and status"
                    + " = 'PENDING'", Long.class, user)).isZero();
        });
    }
}
