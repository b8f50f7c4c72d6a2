package vn.cityhall.tasks.notify;

import java.util.List;
import java.util.Set;

import vn.cityhall.shared.Notifiable;

/**
 * A notification about a task for the notifications module (which knows it only as {@link Notifiable}).
 * Kinds: {@code tasks.assigned}, {@code tasks.delegated}, {@code tasks.extensionRequested},
 * {@code tasks.extensionDecided}, {@code tasks.completed}; titles are keys of the tasks bundle.
 */
record TaskNotification(String notificationKind, Set<Long> recipients, String titleKey, List<String> titleArguments,
        String link, String deduplicationKey, boolean urgent) implements Notifiable {

    TaskNotification {
        recipients = Set.copyOf(recipients);
        titleArguments = List.copyOf(titleArguments);
    }
}
