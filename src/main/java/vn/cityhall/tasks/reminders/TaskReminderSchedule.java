package vn.cityhall.tasks.reminders;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs a reminder pass every {@code cityhall.tasks.reminders.interval} (after the previous one ended),
 * unless {@code cityhall.tasks.reminders.enabled} is false. ShedLock on the database makes every node
 * but one skip the pass, and holds the lock for at least one interval, so that a cluster runs at most
 * one pass per interval; if a node dies during a pass, the lock is freed after 15 minutes.
 */
@Component
@ConditionalOnBooleanProperty(name = "cityhall.tasks.reminders.enabled", matchIfMissing = true)
class TaskReminderSchedule {

    static final String LOCK = "tasks.reminders";

    private final TaskReminderJob job;
    private final Clock clock;

    TaskReminderSchedule(TaskReminderJob job, Clock clock) {
        this.job = job;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cityhall.tasks.reminders.interval:5m}",
            initialDelayString = "${cityhall.tasks.reminders.interval:5m}")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "${cityhall.tasks.reminders.interval:5m}", lockAtMostFor = "15m")
    void run() {
        job.pass(clock.instant());
    }
}
