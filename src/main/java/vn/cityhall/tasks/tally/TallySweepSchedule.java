package vn.cityhall.tasks.tally;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every minute, one node (ShedLock) counts the tasks whose deadline has just passed as overdue. */
@Component
@ConditionalOnBooleanProperty(name = "cityhall.tasks.tally.sweep-enabled", matchIfMissing = true)
class TallySweepSchedule {

    private static final Logger log = LoggerFactory.getLogger(TallySweepSchedule.class);
    private static final int MAX_BATCHES = 100;

    private final TaskTallies tallies;
    private final Clock clock;

    TallySweepSchedule(TaskTallies tallies, Clock clock) {
        this.tallies = tallies;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cityhall.tasks.tally.sweep-interval:1m}", initialDelayString = "20s")
    @SchedulerLock(name = "tasks.tally.sweep", lockAtLeastFor = "20s", lockAtMostFor = "10m")
    void run() {
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int moved = tallies.sweepOverdue(clock.instant());
            total += moved;
            if (moved < TaskTallies.SWEEP_BATCH) {
                break;
            }
        }
        if (total > 0) {
            log.debug("{} tasks became overdue on the dashboard", total);
        }
    }
}
