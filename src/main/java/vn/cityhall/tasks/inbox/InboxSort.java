package vn.cityhall.tasks.inbox;

import java.util.Locale;

/** How the inbox is ordered: by deadline (soonest first, none last), by assignment date (newest first) or by urgency. */
public enum InboxSort {
    DUE, ASSIGNED, URGENCY;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "tasks.inbox.sort." + param();
    }

    public static InboxSort parse(String value) {
        for (InboxSort sort : values()) {
            if (sort.param().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return sort;
            }
        }
        return DUE;
    }
}
