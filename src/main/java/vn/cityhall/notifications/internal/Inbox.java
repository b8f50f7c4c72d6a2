package vn.cityhall.notifications.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * The in-app notifications of each person. Every method takes the person it acts for and touches only
 * their notifications: another person's notification is simply not found. A change of what is read
 * refreshes the bell in all of the person's open tabs (event {@value #TOPIC} after the commit).
 */
@Service
@Transactional(readOnly = true)
public class Inbox {

    /** The live-update topic of the bell and the list. */
    public static final String TOPIC = "notifications";

    private final Notifications notifications;
    private final NotificationSettings settings;
    private final LivePush push;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Inbox(Notifications notifications, NotificationSettings settings, LivePush push, Clock clock,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.notifications = notifications;
        this.settings = settings;
        this.push = push;
        this.clock = clock;
    }

    /** The result of storing a delivery for one person: the notification's id and whether it is new. */
    public record Stored(long id, boolean created) {
    }

    /**
     * Stores the delivery for the person unless it is already there (a redelivered event), in a transaction of
     * its own: when the same event is delivered twice at once, the loser of the race finds the winner's row.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Stored store(long recipientId, Delivery delivery) {
        try {
            return transactions.execute(status -> notifications.findByRecipientIdAndDedupKey(recipientId, delivery.dedupKey())
                    .map(existing -> new Stored(existing.id(), false))
                    .orElseGet(() -> new Stored(notifications.save(
                            new Notification(recipientId, delivery, clock.instant())).id(), true)));
        } catch (DataIntegrityViolationException race) {
            return notifications.findByRecipientIdAndDedupKey(recipientId, delivery.dedupKey())
                    .map(existing -> new Stored(existing.id(), false))
                    .orElseThrow(() -> race);
        }
    }

    public long unreadCount(long personId) {
        return notifications.countByRecipientIdAndReadAtIsNull(personId);
    }

    /** The person's newest notifications, for the bell. */
    public List<Notification> latest(long personId, int limit) {
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(personId, PageRequest.of(0, limit));
    }

    /** One page of the person's notifications, newest first, optionally only unread ones and of one kind. */
    public Page<Notification> page(long personId, boolean unreadOnly, String kind, int page) {
        PageRequest request = PageRequest.of(Math.max(page, 0), settings.pageSize(),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        if (kind == null) {
            return unreadOnly ? notifications.findByRecipientIdAndReadAtIsNull(personId, request)
                    : notifications.findByRecipientId(personId, request);
        }
        return unreadOnly ? notifications.findByRecipientIdAndKindAndReadAtIsNull(personId, kind, request)
                : notifications.findByRecipientIdAndKind(personId, kind, request);
    }

    /** The kinds the person has notifications of, for the filter. */
    public List<String> kindsOf(long personId) {
        return notifications.findKindsOf(personId);
    }

    public Optional<Notification> find(long personId, long id) {
        return notifications.findById(id).filter(notification -> notification.recipientId() == personId);
    }

    /** Marks one of the person's notifications read; empty when the person has no such notification. */
    @Transactional
    public Optional<Notification> markRead(long personId, long id) {
        Optional<Notification> notification = find(personId, id);
        notification.filter(found -> found.markRead(clock.instant()))
                .ifPresent(changed -> push.push(Set.of(personId), TOPIC));
        return notification;
    }

    /** Marks all of the person's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead(long personId) {
        int changed = notifications.markAllRead(personId, clock.instant());
        if (changed > 0) {
            push.push(Set.of(personId), TOPIC);
        }
        return changed;
    }
}
