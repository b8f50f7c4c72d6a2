package vn.cityhall.notifications.email;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.notifications.internal.Delivery;

/** Puts notification e-mails into the outbox, at most once per person and notification. */
@Service
public class EmailQueue {

    private final OutboxEmails outbox;
    private final Clock clock;

    EmailQueue(OutboxEmails outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Queues the e-mail of a delivery for a person; nothing when they have no address or it is queued already.
     *
     * @param notificationId the in-app notification the e-mail's link opens (and marks read), or {@code null}
     * @return whether an e-mail was queued
     */
    @Transactional
    public boolean enqueue(long recipientId, String address, Long notificationId, Delivery delivery) {
        if (address == null || address.isBlank() || outbox.existsByRecipientIdAndDedupKey(recipientId, delivery.dedupKey())) {
            return false;
        }
        outbox.save(new OutboxEmail(recipientId, address.strip(), notificationId, delivery, clock.instant()));
        return true;
    }
}
