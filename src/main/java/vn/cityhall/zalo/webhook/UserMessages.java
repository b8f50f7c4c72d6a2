package vn.cityhall.zalo.webhook;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.shared.Texts;

/**
 * What a user sent the OA, read back from the stored webhook events (the raw bodies are the record): messages
 * with their words, everything else by its kind. Receipts and the OA's own echoes are not what the user sent.
 */
@Component
public class UserMessages {

    private static final String QUERY = "select event_name, zalo_time, raw_body from zalo_inbound_event where user_id = ?"
            + " and (event_name like 'user_send_%' or event_name in ('follow', 'unfollow', 'user_submit_info',"
            + " 'user_click_chatnow')) order by zalo_ts desc, id desc limit ?";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    UserMessages(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The user's latest events, newest first, at most {@code limit}. */
    public List<UserMessage> latest(String userId, int limit) {
        return jdbc.query(QUERY, (rs, row) -> message(rs.getString("event_name"), rs.getTimestamp("zalo_time"),
                rs.getString("raw_body")), userId, limit);
    }

    private UserMessage message(String event, Timestamp at, String body) {
        String text = null;
        try {
            JsonNode said = json.readTree(body).path("message").path("text");
            text = said.isString() ? Texts.cleanOrNull(said.stringValue()) : null;
        } catch (RuntimeException unreadable) {
            // Stored because its signature was right; a body we cannot read is shown by its kind only.
        }
        return new UserMessage(event, at.toInstant(), text);
    }
}
