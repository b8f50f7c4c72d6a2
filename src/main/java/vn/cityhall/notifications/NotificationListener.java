package vn.cityhall.notifications;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import vn.cityhall.notifications.email.EmailQueue;
import vn.cityhall.notifications.internal.Channel;
import vn.cityhall.notifications.internal.Delivery;
import vn.cityhall.notifications.internal.DeliveryPreferences;
import vn.cityhall.notifications.internal.Inbox;
import vn.cityhall.notifications.internal.KindCatalog;
import vn.cityhall.notifications.internal.LivePush;
import vn.cityhall.notifications.internal.NotificationSettings;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.PersonId;
import vn.cityhall.organization.PersonView;
import vn.cityhall.shared.Notifiable;

/**
 * Delivers every {@link Notifiable} event another module publishes: after the publisher's commit, through the
 * event publication registry (a failure is retried, never lost). For each active
 * recipient it stores the in-app notification and queues the e-mail, as the person's preferences choose;
 * a redelivered event (even one delivered twice at the same moment) finds both already there and adds nothing.
 * The recipients' open pages are told once their notifications are stored.
 */
@Component
class NotificationListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);

    private final OrganizationDirectory directory;
    private final Inbox inbox;
    private final KindCatalog kinds;
    private final DeliveryPreferences preferences;
    private final EmailQueue emails;
    private final NotificationSettings settings;
    private final LivePush push;

    NotificationListener(OrganizationDirectory directory, Inbox inbox, KindCatalog kinds,
            DeliveryPreferences preferences, EmailQueue emails, NotificationSettings settings,
            LivePush push) {
        this.directory = directory;
        this.inbox = inbox;
        this.kinds = kinds;
        this.preferences = preferences;
        this.emails = emails;
        this.settings = settings;
        this.push = push;
    }

    // No surrounding transaction: each notification and e-mail is stored in a short transaction of its own,
    // so that a concurrent duplicate delivery loses cleanly on the unique constraint and finds the row.
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(Notifiable event) {
        Delivery delivery;
        try {
            delivery = Delivery.of(event);
        } catch (IllegalArgumentException e) {
            // Retrying would fail the same way: say so and drop it.
            log.warn("Notification {} not delivered: {}", event.getClass().getName(), e.getMessage());
            return;
        }
        kinds.register(delivery.kind());
        Set<Long> notified = new HashSet<>();
        for (Long recipient : event.recipients() == null ? Set.<Long>of() : event.recipients()) {
            Optional<PersonView> person = recipient == null ? Optional.empty()
                    : directory.person(PersonId.of(recipient)).filter(PersonView::active);
            if (person.isEmpty()) {
                continue;
            }
            Long notificationId = null;
            if (preferences.wants(recipient, delivery.kind(), Channel.IN_APP)) {
                Inbox.Stored stored = inbox.store(recipient, delivery);
                notificationId = stored.id();
                if (stored.created()) {
                    notified.add(recipient);
                }
            }
            if (settings.emailEnabled() && preferences.wants(recipient, delivery.kind(), Channel.EMAIL)) {
                emails.enqueue(recipient, person.get().email(), notificationId, delivery);
            }
        }
        // Straight to this node's streams, not as a LiveUpdate event: other modules need not see it.
        push.push(notified, Inbox.TOPIC);
    }
}
