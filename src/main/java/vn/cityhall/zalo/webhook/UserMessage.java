package vn.cityhall.zalo.webhook;

import java.time.Instant;

/**
 * Something a user sent the OA, as stored by the webhook.
 *
 * @param event the event's name, e.g. {@code user_send_text} or {@code follow}
 * @param at Zalo's time of the event
 * @param text the words of a message (NFC), or {@code null} for an event without any
 */
public record UserMessage(String event, Instant at, String text) {
}
