package vn.cityhall.zalo.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The conversations ({@code zalo_conversation}, one row per Zalo user) and the items sent through them. */
@Repository
class Conversations {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    Conversations(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A citizen's place in the conversation. */
    record Conversation(String userId, ConversationState state, Draft draft, Long ratingItemId, Instant updatedAt) {
    }

    /** A feedback item sent through Zalo by a user, with its encrypted private-link secret. */
    record Link(long itemId, String userId, String code, String secret, Instant createdAt) {
    }

    /**
     * A citizen's place in the conversation, their row locked for this transaction: a turn and a rating
     * request for the same citizen never overwrite each other's change.
     */
    Optional<Conversation> findForUpdate(String userId) {
        return jdbc.query("select user_id, state, draft, rating_item_id, updated_at from zalo_conversation"
                + " where user_id = ? for update", this::conversation, userId).stream().findFirst();
    }

    /** Stores the citizen's state, replacing the previous one; a draft expires at {@code expiresAt}. */
    void save(String userId, ConversationState state, Draft draft, Long ratingItemId, Instant now, Instant expiresAt) {
        String draftJson = draft == null ? null : json.writeValueAsString(draft);
        int updated = jdbc.update("update zalo_conversation set state = ?, draft = ?, rating_item_id = ?, updated_at = ?,"
                + " expires_at = ? where user_id = ?", state.name(), draftJson, ratingItemId, utc(now), utc(expiresAt),
                userId);
        if (updated == 0) {
            jdbc.update("insert into zalo_conversation (user_id, state, draft, rating_item_id, updated_at, expires_at)"
                    + " values (?, ?, ?, ?, ?, ?)", userId, state.name(), draftJson, ratingItemId, utc(now),
                    utc(expiresAt));
        }
    }

    /** Records the rating awaited from a citizen who is writing a draft, leaving the draft and its expiry alone. */
    void awaitRatingWhileDrafting(String userId, long itemId) {
        jdbc.update("update zalo_conversation set rating_item_id = ? where user_id = ?", itemId, userId);
    }

    /** The conversations whose draft expired before {@code now}, locked for this transaction. */
    List<Conversation> expired(Instant now, int limit) {
        return jdbc.query("select user_id, state, draft, rating_item_id, updated_at from zalo_conversation"
                + " where expires_at < ? order by expires_at limit " + limit + " for update", this::conversation,
                utc(now));
    }

    void link(long itemId, String userId, String code, String secret, Instant now) {
        jdbc.update("insert into zalo_feedback_link (item_id, user_id, code, secret, created_at) values (?, ?, ?, ?, ?)",
                itemId, userId, code, secret, utc(now));
    }

    Optional<Link> link(long itemId) {
        return jdbc.query("select item_id, user_id, code, secret, created_at from zalo_feedback_link where item_id = ?",
                this::linkRow, itemId).stream().findFirst();
    }

    /** The user's item with this code, if this user sent it. */
    Optional<Link> link(String userId, String code) {
        return jdbc.query("select item_id, user_id, code, secret, created_at from zalo_feedback_link"
                + " where user_id = ? and code = ?", this::linkRow, userId, code).stream().findFirst();
    }

    /** The user's items, newest first. */
    List<Link> links(String userId, int limit) {
        return jdbc.query("select item_id, user_id, code, secret, created_at from zalo_feedback_link where user_id = ?"
                + " order by created_at desc, item_id desc limit " + limit, this::linkRow, userId);
    }

    private Conversation conversation(ResultSet rs, int row) throws SQLException {
        String draft = rs.getString(3);
        return new Conversation(rs.getString(1), ConversationState.valueOf(rs.getString(2)),
                draft == null ? null : json.readValue(draft, Draft.class), rs.getObject(4, Long.class),
                rs.getObject(5, OffsetDateTime.class).toInstant());
    }

    private Link linkRow(ResultSet rs, int row) throws SQLException {
        return new Link(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
