package vn.cityhall.zalo.fake;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * What Zalo posts back after it accepted a message (zalo-oa.md §9), when {@code cityhall.zalo.fake.receipts} is
 * on: the {@code oa_send_text} echo and the {@code user_received_message} receipt of a CS message, the ZNS receipt
 * with its tracking id, each a moment later and signed, through the real webhook. Read receipts
 * ({@code user_seen_message}) are posted by the simulator when the tester's chat shows the messages.
 */
@Component
@ConditionalOnProperty(name = "cityhall.zalo.fake.enabled", havingValue = "true")
class FakeReceipts implements DisposableBean {

    private final FakeWebhook webhook;
    private final FakeZaloSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService posts = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "zalo-fake-receipts");
        thread.setDaemon(true);
        return thread;
    });

    FakeReceipts(FakeWebhook webhook, FakeZaloSettings settings, Clock clock) {
        this.webhook = webhook;
        this.settings = settings;
        this.clock = clock;
    }

    /** Zalo accepted a message; posts its echo (for a text) and its delivery receipt, if receipts are on. */
    void accepted(FakeMessage message) {
        if (!settings.receipts()) {
            return;
        }
        posts.schedule(() -> post(message), settings.receiptDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void post(FakeMessage message) {
        FakeEvents events = webhook.events();
        long now = clock.millis();
        if (message.endpoint() == FakeEndpoint.ZNS) {
            webhook.post(events.receivedZns(message.recipient(), message.messageId(), message.trackingId(), now));
            return;
        }
        if (message.templateType() == null) {
            webhook.post(events.echo(message.recipient(), message.messageId(), now, message.text()));
        }
        webhook.post(events.received(message.recipient(), message.messageId(), now + 1));
    }

    @Override
    public void destroy() {
        posts.shutdownNow();
    }
}
