package vn.cityhall.zalo.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.knowledge.AnnouncementReleased;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.zalo.outbound.FakeZaloContext;

/** A released announcement reaches the followers inside Zalo's 7-day window, once, and the rest are counted. */
class AnnouncementBroadcastTests extends FakeZaloContext {

    @Autowired
    JdbcTemplate sql;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock time;

    private String user(boolean follower, Duration sinceInteraction) {
        String id = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        Instant now = time.instant();
        sql.update("insert into zalo_user (user_id, follower, last_interaction_at, first_seen_at) values (?, ?, ?, ?)", id,
                follower, Timestamp.from(now.minus(sinceInteraction)), Timestamp.from(now.minus(Duration.ofDays(30))));
        return id;
    }

    private long sentAnnouncement() {
        Instant now = time.instant();
        sql.update("insert into knowledge_announcement (title, body, status, created_by, created_at, sent_by, sent_at)"
                + " values ('Lịch tiếp công dân', 'Tuần sau UBND phường tiếp công dân vào sáng thứ Năm.', 'SENT', 'tiepnhan', ?,"
                + " 'tiepnhan', ?)", Timestamp.from(now), Timestamp.from(now));
        return sql.queryForObject("select max(id) from knowledge_announcement", Long.class);
    }

    private void release(long id) {
        transactions.executeWithoutResult(status -> events.publishEvent(new AnnouncementReleased(id, "Lịch tiếp công dân",
                "Tuần sau UBND phường tiếp công dân vào sáng thứ Năm.", AuditActor.system())));
    }

    private List<String> queuedFor(long announcement) {
        return sql.queryForList("select idempotency_key from zalo_outbox where idempotency_key like ? order by 1",
                String.class, "ann:" + announcement + ":%");
    }

    /** Followers in the window, and all followers, as the database holds them (other tests add users too). */
    private long[] followers() {
        long inWindow = sql.queryForObject("select count(*) from zalo_user where follower = true and last_interaction_at >= ?",
                Long.class, Timestamp.from(time.instant().minus(Duration.ofDays(7))));
        long all = sql.queryForObject("select count(*) from zalo_user where follower = true", Long.class);
        return new long[] {inWindow, all};
    }

    @Test
    void queuesTheAnnouncementForRecentFollowersOnlyAndCountsTheSkipped() {
        String recent = user(true, Duration.ofHours(3));
        String lastWeek = user(true, Duration.ofDays(6));
        String silent = user(true, Duration.ofDays(8));
        String gone = user(false, Duration.ofHours(1));
        long id = sentAnnouncement();
        long[] expected = followers();

        release(id);

        await().atMost(Duration.ofSeconds(20)).until(() -> sql.queryForObject(
                "select delivery_at is not null from knowledge_announcement where id = ?", Boolean.class, id));
        assertThat(queuedFor(id)).contains("ann:" + id + ":" + recent, "ann:" + id + ":" + lastWeek)
                .doesNotContain("ann:" + id + ":" + silent, "ann:" + id + ":" + gone).hasSize((int) expected[0]);
        assertThat(sql.queryForMap("select sent_count, skipped_count from knowledge_announcement where id = ?", id))
                .containsEntry("sent_count", (int) expected[0]).containsEntry("skipped_count", (int) (expected[1] - expected[0]));
        String text = sql.queryForObject("select payload from zalo_outbox where idempotency_key = ?", String.class,
                "ann:" + id + ":" + recent);
        assertThat(text).contains("Lịch tiếp công dân").contains("sáng thứ Năm");
    }

    @Test
    void aRepeatedReleaseQueuesNothingTwice() {
        String follower = user(true, Duration.ofHours(1));
        long id = sentAnnouncement();
        int expected = (int) followers()[0];

        release(id);
        await().atMost(Duration.ofSeconds(20)).until(() -> queuedFor(id).size() == expected);
        release(id);

        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).until(() -> queuedFor(id).size() == expected);
        assertThat(queuedFor(id)).containsOnlyOnce("ann:" + id + ":" + follower);
    }
}
