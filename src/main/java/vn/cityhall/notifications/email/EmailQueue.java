package vn.cityhall.notifications.email;

import java.time.Clock;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.notifications.internal.Delivery;

/** Puts notification e-mails into the outbox, at most once per person and notification, each in its own transaction. */
@Service
public class EmailQueue {

    private final OutboxEmails outbox;
    private final Clock clock;

    private final TransactionTemplate transactions;

    EmailQueue(OutboxEmails outbox, Clock clock, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Queues the e-mail of a delivery for a person; nothing when they have no address or it is queued already.
     *
     * @param notificationId the in-app notification the e-mail's link opens (and marks read), or {@code null}
     * @return whether an e-mail was queued
     */
    public boolean enqueue(long recipientId, String address, Long notificationId, Delivery delivery) {
        if (address == null || address.isBlank() || outbox.existsByRecipientIdAndDedupKey(recipientId, delivery.dedupKey())) {
            return false;
        }
        try {
            transactions.executeWithoutResult(status ->
                    outbox.save(new OutboxEmail(recipientId, address.strip(), notificationId, delivery, clock.instant())));
            return true;
        } catch (DataIntegrityViolationException queuedConcurrently) {
            // The same event delivered twice at once: the other delivery queued it.
            return false;
        }
    }
}
