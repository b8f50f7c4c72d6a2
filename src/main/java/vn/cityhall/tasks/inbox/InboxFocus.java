package vn.cityhall.tasks.inbox;

import java.util.Locale;
import java.util.Optional;

/**
 * What a counter links to: open tasks that are overdue, due today, or new (not started yet); and,
 * from the dashboard, open tasks still within their deadline.
 */
public enum InboxFocus {
    OVERDUE, TODAY, NEW, IN_TIME;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "tasks.inbox.focus." + param();
    }

    public static Optional<InboxFocus> parse(String value) {
        for (InboxFocus focus : values()) {
            if (focus.param().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return Optional.of(focus);
            }
        }
        return Optional.empty();
    }
}
