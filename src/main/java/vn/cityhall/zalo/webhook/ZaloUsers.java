package vn.cityhall.zalo.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The Zalo users the webhook has heard of ({@code zalo_user}), kept up to date as their events are processed:
 * follower or not, their last interaction, the name and phone they shared. The outbox reads
 * {@link #lastInteraction(String)} to know whether a customer-service message may still be sent (zalo-oa.md §5.2).
 * Events are processed in timestamp order per user, and the updates still never move a time backwards.
 */
@Service
public class ZaloUsers {

    private final JdbcTemplate jdbc;

    ZaloUsers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's latest interaction with the OA, if the webhook has seen one. */
    public Optional<Instant> lastInteraction(String userId) {
        return find(userId).map(ZaloUser::lastInteraction);
    }

    /** What the webhook knows of this user, if anything. */
    public Optional<ZaloUser> find(String userId) {
        return jdbc.query("select user_id, follower, followed_at, unfollowed_at, last_interaction_at, shared_name,"
                + " shared_phone, shared_at from zalo_user where user_id = ?", ZaloUsers::user, userId).stream().findFirst();
    }

    /**
     * The users who interacted last first, at most {@code limit}; with a query, only those whose id or shared name
     * contains it (case-insensitive).
     */
    public List<ZaloUser> latest(String query, int limit) {
        String like = query == null || query.isBlank() ? null
                : "%" + query.strip().replace("\\", "").replace("%", "").replace("_", "") + "%";
        return jdbc.query("select user_id, follower, followed_at, unfollowed_at, last_interaction_at, shared_name,"
                + " shared_phone, shared_at from zalo_user"
                + (like == null ? "" : " where user_id like ? or lower(shared_name) like lower(?)")
                + " order by last_interaction_at desc nulls last, user_id limit " + Math.max(limit, 0),
                ZaloUsers::user, like == null ? new Object[0] : new Object[] {like, like});
    }

    /** Followers who interacted with the OA at or after {@code since} (Zalo's window for customer-service messages). */
    public List<String> followersInteractedSince(Instant since) {
        return jdbc.queryForList("select user_id from zalo_user where follower = true and last_interaction_at >= ?"
                + " order by user_id", String.class, ts(since));
    }

    /** How many users follow the OA now. */
    public long followers() {
        return jdbc.queryForObject("select count(*) from zalo_user where follower = true", Long.class);
    }

    /** The user interacted at {@code at} (a message, follow, tap on "Nhắn tin", shared info). */
    void interacted(String userId, Instant at) {
        // Most events come from a known user: one update. A new user's row is inserted with the time; if another
        // transaction inserted it meanwhile, the update is made on that row.
        if (moveInteraction(userId, at) == 0 && jdbc.update("insert into zalo_user (user_id, follower, first_seen_at,"
                + " last_interaction_at) values (?, false, ?, ?) on conflict do nothing", userId, ts(at), ts(at)) == 0) {
            moveInteraction(userId, at);
        }
    }

    private int moveInteraction(String userId, Instant at) {
        return jdbc.update("update zalo_user set last_interaction_at = ? where user_id = ?"
                + " and (last_interaction_at is null or last_interaction_at < ?)", ts(at), userId, ts(at));
    }

    /** The user followed ({@code following}) or unfollowed the OA at {@code at}, Zalo timestamp {@code zaloTs}. */
    void followChanged(String userId, boolean following, Instant at, long zaloTs) {
        ensure(userId, at);
        jdbc.update("update zalo_user set follower = ?, follow_changed_ts = ?, "
                + (following ? "followed_at" : "unfollowed_at") + " = ?"
                + " where user_id = ? and (follow_changed_ts is null or follow_changed_ts <= ?)",
                following, zaloTs, ts(at), userId, zaloTs);
    }

    /** The user shared their name and phone (either may be {@code null}: the known value is then kept). */
    void shared(String userId, String name, String phone, Instant at) {
        ensure(userId, at);
        jdbc.update("update zalo_user set shared_name = coalesce(?, shared_name), shared_phone = coalesce(?, shared_phone),"
                + " shared_at = ? where user_id = ?", cut(name, 200), cut(phone, 32), ts(at), userId);
    }

    private void ensure(String userId, Instant at) {
        jdbc.update("insert into zalo_user (user_id, follower, first_seen_at) values (?, false, ?) on conflict do nothing",
                userId, ts(at));
    }

    private static ZaloUser user(ResultSet rs, int row) throws SQLException {
        return new ZaloUser(rs.getString(1), rs.getBoolean(2), Times.instant(rs, 3), Times.instant(rs, 4),
                Times.instant(rs, 5), rs.getString(6), rs.getString(7), Times.instant(rs, 8));
    }

    private static OffsetDateTime ts(Instant at) {
        return Times.utc(at);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
