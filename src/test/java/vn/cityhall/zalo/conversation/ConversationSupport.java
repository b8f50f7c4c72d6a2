package vn.cityhall.zalo.conversation;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.zalo.webhook.WebhookDriver;
import vn.cityhall.zalo.webhook.ZaloEvents;

/** A citizen talking to the OA through the real webhook, and what the OA queued for them in the outbox. */
final class ConversationSupport {

    private static final AtomicLong CLOCK = new AtomicLong(1_765_000_000_000L);

    private final WebhookDriver driver;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ConversationSupport(WebhookDriver driver, JdbcTemplate jdbc, JsonMapper json) {
        this.driver = driver;
        this.jdbc = jdbc;
        this.json = json;
    }

    static long ts() {
        return CLOCK.addAndGet(10);
    }

    /** A mobile number no other test uses (the intake limits items per phone). */
    static String phone() {
        return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** Sends a text and returns the replies it got. */
    List<String> say(String user, String text) {
        return deliver(user, ZaloEvents.text(user, ZaloEvents.msgId(), ts(), text));
    }

    /** Delivers an event body and returns the replies it got. */
    List<String> deliver(String user, String body) {
        int before = replies(user).size();
        driver.send(user, body);
        List<String> all = replies(user);
        return all.subList(before, all.size());
    }

    /** Every text queued for the user, oldest first. */
    List<String> replies(String user) {
        return jdbc.queryForList("select payload from zalo_outbox where user_id = ? order by id", String.class, user)
                .stream().map(payload -> json.readTree(payload).get("text").asString()).toList();
    }

    /** The kind of each message queued for the user ({@code TEXT} or {@code USER_INFO}), oldest first. */
    List<String> kinds(String user) {
        return jdbc.queryForList("select kind from zalo_outbox where user_id = ? order by id", String.class, user);
    }

    /** The {@code request_user_info} cards queued for the user, as stored, oldest first. */
    List<JsonNode> cards(String user) {
        return jdbc.queryForList("select payload from zalo_outbox where user_id = ? and kind = 'USER_INFO' order by id",
                String.class, user).stream().map(payload -> json.readTree(payload).get("userInfo")).toList();
    }

    String state(String user) {
        return jdbc.queryForObject("select state from zalo_conversation where user_id = ?", String.class, user);
    }

    /** Walks a new user from the menu to the summary; returns the user. */
    String draftToSummary(String user, String text, String phone) {
        say(user, "menu");
        say(user, "1");
        say(user, text);
        say(user, "2");
        say(user, "Trần Thị Bình");
        say(user, phone);
        say(user, "2");
        return user;
    }

    static String joined(List<String> replies) {
        return String.join("\n---\n", replies);
    }
}
