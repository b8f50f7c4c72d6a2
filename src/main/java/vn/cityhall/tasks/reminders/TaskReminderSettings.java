package vn.cityhall.tasks.reminders;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reminder and escalation job, bound from {@code cityhall.tasks.reminders.*}.
 *
 * @param enabled whether the job runs on this node (true by default); passes are guarded by ShedLock,
 *        so enabling it on every node is safe
 * @param interval the pause between two passes, 5 minutes by default, at most 15 minutes; across a
 *        cluster at most one pass runs per interval
 * @param daysBefore how many working days before the deadline the holder is reminded, 2 by default;
 *        a list (e.g. {@code 5,2}) gives one reminder per value; between 1 and 60
 * @param batchSize how many tasks one transaction handles, 500 by default
 * @param overdueLookback how far back a pass looks for tasks that became overdue, 7 days by default;
 *        a task overdue for longer without a reminder (the job was off) is not reminded any more
 */
@ConfigurationProperties("cityhall.tasks.reminders")
record TaskReminderSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5m") Duration interval,
        @DefaultValue("2") List<Integer> daysBefore,
        @DefaultValue("500") int batchSize,
        @DefaultValue("7d") Duration overdueLookback) {

    static final Duration MAX_INTERVAL = Duration.ofMinutes(15);
    static final int MAX_DAYS_BEFORE = 60;

    TaskReminderSettings {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(overdueLookback, "overdueLookback");
        if (interval.isNegative() || interval.isZero() || interval.compareTo(MAX_INTERVAL) > 0) {
            throw new IllegalArgumentException("cityhall.tasks.reminders.interval must be positive and at most "
                    + MAX_INTERVAL + ": " + interval);
        }
        daysBefore = daysBefore == null ? List.of() : daysBefore.stream().filter(Objects::nonNull).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        if (daysBefore.stream().anyMatch(days -> days < 1 || days > MAX_DAYS_BEFORE)) {
            throw new IllegalArgumentException("cityhall.tasks.reminders.days-before must be between 1 and "
                    + MAX_DAYS_BEFORE + ": " + daysBefore);
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("cityhall.tasks.reminders.batch-size must be between 1 and 10000: "
                    + batchSize);
        }
        if (overdueLookback.isNegative() || overdueLookback.isZero()) {
            throw new IllegalArgumentException("cityhall.tasks.reminders.overdue-lookback must be positive: "
                    + overdueLookback);
        }
    }

    /** The defaults, for tests and tools without Spring. */
    static TaskReminderSettings defaults() {
        return new TaskReminderSettings(true, Duration.ofMinutes(5), List.of(2), 500, Duration.ofDays(7));
    }

    TaskReminderSettings withDaysBefore(List<Integer> days) {
        return new TaskReminderSettings(enabled, interval, days, batchSize, overdueLookback);
    }

    TaskReminderSettings withBatchSize(int size) {
        return new TaskReminderSettings(enabled, interval, daysBefore, size, overdueLookback);
    }
}
