package vn.cityhall.tasks.reminders;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one pass of the reminder job did.
 *
 * @param sent reminders published per step (a reminder reaches one or more people)
 * @param tasks candidate tasks read, over all windows
 * @param batches batches read (each handled in its own transaction)
 * @param largestBatch the most tasks in one batch, never more than the batch size
 * @param failedTasks tasks whose reminder failed and will be tried again at the next pass
 */
record ReminderPass(Map<ReminderStep, Integer> sent, int tasks, int batches, int largestBatch, int failedTasks,
        Duration took) {

    ReminderPass {
        sent = Collections.unmodifiableMap(new EnumMap<>(sent));
    }

    int sent(ReminderStep step) {
        return sent.getOrDefault(step, 0);
    }

    int total() {
        return sent.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Counts while a pass runs. */
    static final class Tally {

        private final Map<ReminderStep, Integer> sent = new EnumMap<>(ReminderStep.class);
        private int tasks;
        private int batches;
        private int largestBatch;
        private int failedTasks;

        void batch(int size) {
            tasks += size;
            batches++;
            largestBatch = Math.max(largestBatch, size);
        }

        void sent(Map<ReminderStep, Integer> counts) {
            counts.forEach((step, count) -> sent.merge(step, count, Integer::sum));
        }

        void failed() {
            failedTasks++;
        }

        ReminderPass done(Duration took) {
            return new ReminderPass(sent, tasks, batches, largestBatch, failedTasks, took);
        }
    }
}
