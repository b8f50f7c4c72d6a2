package vn.cityhall.zalo.webhook;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

import vn.cityhall.zalo.ZaloReceipt;

/**
 * Stands for the conversation in tests: a synchronous listener that records what the webhook publishes, and
 * throws for the message ids it is told to, as a failing listener would.
 */
@TestComponent
class InboundRecorder {

    private final Queue<ZaloInbound> inbound = new ConcurrentLinkedQueue<>();
    private final Queue<ZaloReceipt> receipts = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    @EventListener
    void on(ZaloInbound event) {
        AtomicInteger left = event.msgId() == null ? null : failures.get(event.msgId());
        if (left != null && left.getAndDecrement() > 0) {
            throw new IllegalStateException("The conversation failed on " + event.msgId());
        }
        inbound.add(event);
    }

    @EventListener
    void on(ZaloReceipt receipt) {
        receipts.add(receipt);
    }

    /** The listener throws the next {@code times} times it gets the message {@code msgId}. */
    void failOn(String msgId, int times) {
        failures.put(msgId, new AtomicInteger(times));
    }

    /** What was published for this user, in the order it was published. */
    List<ZaloInbound> of(String userId) {
        return inbound.stream().filter(event -> event.userId().equals(userId)).toList();
    }

    List<ZaloReceipt> receiptsOf(String userId) {
        return receipts.stream().filter(receipt -> receipt.userId().equals(userId)).toList();
    }
}
