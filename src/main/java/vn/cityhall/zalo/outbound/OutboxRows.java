package vn.cityhall.zalo.outbound;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static vn.cityhall.zalo.outbound.ZaloTokens.instant;
import static vn.cityhall.zalo.outbound.ZaloTokens.truncate;
import static vn.cityhall.zalo.outbound.ZaloTokens.utc;

/**
 * {@code zalo_outbox} in plain SQL that runs on H2 (PostgreSQL mode) and PostgreSQL. A worker claims a
 * due message with a conditional update that moves {@code next_attempt_at} to the end of its lease: only
 * one node's update matches, and a message whose node died becomes due again when the lease ends.
 * Every outcome is recorded only while the message is still {@code PENDING}.
 */
@Repository
class OutboxRows {

    private static final String COLUMNS = "id, idempotency_key, user_id, phone, phone_consented, kind, channel, "
            + "payload, feedback_id, status, attempts, next_attempt_at, last_error_code, last_error_body, "
            + "zalo_message_id, tracking_id, created_at, sent_at, delivered_at, seen_at";

    private final JdbcClient jdbc;

    OutboxRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the message unless its key is queued already (without failing the caller's transaction). */
    boolean insertIfAbsent(String key, ZaloRecipient recipient, String kind, String payload, Long feedbackId,
            Instant now) {
        return jdbc.sql("insert into zalo_outbox (idempotency_key, user_id, phone, phone_consented, kind, channel, "
                + "payload, feedback_id, status, attempts, next_attempt_at, created_at) values (:key, :user, :phone, "
                + ":consented, :kind, 'CS', :payload, :feedback, 'PENDING', 0, :now, :now) "
                + "on conflict do nothing")
                .param("key", key).param("user", recipient.userId()).param("phone", recipient.phone())
                .param("consented", recipient.phoneConsented()).param("kind", kind).param("payload", payload)
                .param("feedback", feedbackId).param("now", utc(now))
                .update() == 1;
    }

    Optional<Long> idOf(String key) {
        return jdbc.sql("select id from zalo_outbox where idempotency_key = :key").param("key", key)
                .query(Long.class).optional();
    }

    List<Long> due(Instant now, int limit) {
        return jdbc.sql("select id from zalo_outbox where status = 'PENDING' and next_attempt_at <= :now "
                + "order by next_attempt_at, id limit :limit")
                .param("now", utc(now)).param("limit", limit).query(Long.class).list();
    }

    /** Takes the message for this node until {@code leaseEnd}; false when another node has it or it is not due. */
    boolean claim(long id, Instant now, Instant leaseEnd) {
        return jdbc.sql("update zalo_outbox set next_attempt_at = :lease, attempts = attempts + 1 "
                + "where id = :id and status = 'PENDING' and next_attempt_at <= :now")
                .param("lease", utc(leaseEnd)).param("id", id).param("now", utc(now)).update() == 1;
    }

    Optional<OutboxRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from zalo_outbox where id = :id").param("id", id)
                .query(OutboxRows::row).optional();
    }

    void markSent(long id, OutboxChannel channel, String messageId, String trackingId, Instant now) {
        jdbc.sql("update zalo_outbox set status = 'SENT', channel = :channel, zalo_message_id = :message, "
                + "tracking_id = :tracking, sent_at = :now where id = :id and status = 'PENDING'")
                .param("channel", channel.name()).param("message", messageId).param("tracking", trackingId)
                .param("now", utc(now)).param("id", id).update();
    }

    void retryAt(long id, OutboxChannel channel, Instant next, Integer code, String body) {
        jdbc.sql("update zalo_outbox set channel = :channel, next_attempt_at = :next, last_error_code = :code, "
                + "last_error_body = :body where id = :id and status = 'PENDING'")
                .param("channel", channel.name()).param("next", utc(next)).param("code", code).param("body", truncate(body, 4000)).param("id", id)
                .update();
    }

    void giveUp(long id, OutboxStatus status, OutboxChannel channel, Integer code, String body) {
        jdbc.sql("update zalo_outbox set status = :status, channel = :channel, last_error_code = :code, "
                + "last_error_body = :body where id = :id and status = 'PENDING'")
                .param("status", status.name()).param("channel", channel.name()).param("code", code)
                .param("body", truncate(body, 4000)).param("id", id).update();
    }

    /** A delivery receipt: SENT becomes DELIVERED (a later or earlier SEEN is kept). */
    int delivered(Collection<String> messageIds, Instant at) {
        return jdbc.sql("update zalo_outbox set status = 'DELIVERED', delivered_at = :at where status = 'SENT' "
                + "and (zalo_message_id in (:ids) or tracking_id in (:ids))")
                .param("at", utc(at)).param("ids", messageIds).update();
    }

    /** A read receipt: SENT or DELIVERED becomes SEEN (reading implies delivery). */
    int seen(Collection<String> messageIds, Instant at) {
        return jdbc.sql("update zalo_outbox set status = 'SEEN', seen_at = :at, "
                + "delivered_at = coalesce(delivered_at, :at) where status in ('SENT', 'DELIVERED') "
                + "and (zalo_message_id in (:ids) or tracking_id in (:ids))")
                .param("at", utc(at)).param("ids", messageIds).update();
    }

    /** Back to PENDING with no attempts, by the CS channel again; false when it is not dead or undeliverable. */
    boolean resend(long id, Instant now) {
        return jdbc.sql("update zalo_outbox set status = 'PENDING', attempts = 0, channel = 'CS', next_attempt_at = :now "
                + "where id = :id and status in ('DEAD', 'UNDELIVERABLE')")
                .param("now", utc(now)).param("id", id).update() == 1;
    }

    Map<OutboxStatus, Long> countByStatus() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) as n from zalo_outbox group by status")
                .query((rs, row) -> Map.entry(OutboxStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list().forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    Optional<Instant> oldestPending() {
        return jdbc.sql("select min(created_at) as oldest from zalo_outbox where status = 'PENDING'")
                .query((rs, row) -> Optional.ofNullable(instant(rs, "oldest"))).single();
    }

    List<OutboxRow> withStatus(Collection<OutboxStatus> statuses, int limit) {
        return jdbc.sql("select " + COLUMNS + " from zalo_outbox where status in (:statuses) order by id desc limit :limit")
                .param("statuses", statuses.stream().map(Enum::name).toList()).param("limit", limit)
                .query(OutboxRows::row).list();
    }

    List<OutboxRow> toUser(String userId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from zalo_outbox where user_id = :user order by id desc limit :limit")
                .param("user", userId).param("limit", limit).query(OutboxRows::row).list();
    }

    List<OutboxRow> ofFeedback(long feedbackId) {
        return jdbc.sql("select " + COLUMNS + " from zalo_outbox where feedback_id = :feedback order by id")
                .param("feedback", feedbackId).query(OutboxRows::row).list();
    }

    private static OutboxRow row(ResultSet rs, int row) throws SQLException {
        long feedback = rs.getLong("feedback_id");
        boolean noFeedback = rs.wasNull();
        int code = rs.getInt("last_error_code");
        boolean noCode = rs.wasNull();
        return new OutboxRow(rs.getLong("id"), rs.getString("idempotency_key"), rs.getString("user_id"),
                rs.getString("phone"), rs.getBoolean("phone_consented"), rs.getString("kind"),
                OutboxChannel.valueOf(rs.getString("channel")), rs.getString("payload"), noFeedback ? null : feedback,
                OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                noCode ? null : code, rs.getString("last_error_body"), rs.getString("zalo_message_id"),
                rs.getString("tracking_id"), instant(rs, "created_at"), instant(rs, "sent_at"),
                instant(rs, "delivered_at"), instant(rs, "seen_at"));
    }
}
