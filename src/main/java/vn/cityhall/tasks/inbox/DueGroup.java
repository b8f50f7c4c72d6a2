package vn.cityhall.tasks.inbox;

import java.time.Instant;

/**
 * Where an open task's deadline falls, for the inbox headings: overdue, due later today, due this
 * week (until Sunday), later, or no deadline at all.
 */
public enum DueGroup {
    OVERDUE, TODAY, WEEK, LATER, NONE;

    public String messageKey() {
        return "tasks.inbox.group." + name();
    }

    public static DueGroup of(Instant due, InboxMoment moment) {
        if (due == null) {
            return NONE;
        }
        if (due.isBefore(moment.now())) {
            return OVERDUE;
        }
        if (due.isBefore(moment.tomorrow())) {
            return TODAY;
        }
        return due.isBefore(moment.nextWeek()) ? WEEK : LATER;
    }
}
