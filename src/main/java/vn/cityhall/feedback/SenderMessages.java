package vn.cityhall.feedback;

import java.time.Instant;
import java.util.List;

/**
 * What another module sent an item's sender about it (the Zalo channel's status updates and answer, say), for
 * staff to see on the item whether the citizen was reached. Any number of modules may provide one; the item page
 * lists their messages together, oldest first.
 */
public interface SenderMessages {

    /** The messages about the item, any order. */
    List<SenderMessage> about(long itemId);

    /**
     * One message to the sender.
     *
     * @param channelKey the message key naming the channel (e.g. Zalo, ZNS)
     * @param text what was said
     * @param statusKey the message key of where it stands (waiting, sent, delivered, seen, undeliverable …)
     * @param failed whether it did not reach the sender and waits for someone to act
     * @param detail the channel's reason when it failed, or {@code null}
     */
    record SenderMessage(Instant at, String channelKey, String text, String statusKey, boolean failed,
            String detail) {
    }
}
