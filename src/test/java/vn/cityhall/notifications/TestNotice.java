package vn.cityhall.notifications;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.cityhall.shared.Notifiable;

/** A notification event as another module would publish it. */
public record TestNotice(String notificationKind, Set<Long> recipients, String titleKey, List<String> titleArguments,
        String link, String deduplicationKey, boolean urgent) implements Notifiable {

    /** "{assigner} giao cho bạn nhiệm vụ "{task}"" for the recipients, kind {@code tasks.assigned}, with a fresh key. */
    public static TestNotice assigned(String assigner, String task, Long... recipients) {
        return new TestNotice("tasks.assigned", Set.of(recipients), "notificationtests.assigned", List.of(assigner, task),
                "/tasks/" + Math.abs(task.hashCode()), "test:" + UUID.randomUUID(), false);
    }

    public TestNotice withKind(String kind) {
        return new TestNotice(kind, recipients, titleKey, titleArguments, link, deduplicationKey, urgent);
    }

    public TestNotice withLink(String newLink) {
        return new TestNotice(notificationKind, recipients, titleKey, titleArguments, newLink, deduplicationKey, urgent);
    }

    public TestNotice urgentNotice() {
        return new TestNotice(notificationKind, recipients, titleKey, titleArguments, link, deduplicationKey, true);
    }
}
