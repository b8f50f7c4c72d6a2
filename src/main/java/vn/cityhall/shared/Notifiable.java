package vn.cityhall.shared;

import java.util.List;
import java.util.Set;

/**
 * Implemented by every event that should reach people as a notification (in the app, by e-mail …).
 * The notifications module listens to this type only, after the publishing transaction commits, and
 * delivers it to each recipient on the channels their preferences choose for its {@link #notificationKind()}.
 * Texts are message keys with arguments, rendered in each recipient's language when shown or sent.
 */
public interface Notifiable {

    /**
     * A stable kind that users choose channels for, {@code module.what}, e.g. {@code tasks.assigned};
     * its label is the message {@code notifications.kind.<kind>}.
     */
    String notificationKind();

    /** Person ids of the recipients (never empty for an event worth sending). */
    Set<Long> recipients();

    /** Message key of the one-line title, e.g. {@code tasks.notification.assigned}. */
    String titleKey();

    /** Arguments of the title: already-formatted plain text (names, codes, dates as dd/MM/yyyy). */
    List<String> titleArguments();

    /** The staff-app path the notification opens, e.g. {@code /tasks/42}. */
    String link();

    /**
     * A key unique to this notification, so that a redelivered event never notifies twice, e.g.
     * {@code tasks.reminder:42:DUE_TODAY}.
     */
    String deduplicationKey();

    /** Whether it needs attention now (shown highlighted; may bypass a digest). */
    default boolean urgent() {
        return false;
    }
}
