package vn.cityhall.tasks.tally;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.tasks.Task;
import vn.cityhall.tasks.TaskDeadlines;
import vn.cityhall.tasks.TaskEvent;
import vn.cityhall.tasks.Tasks;

/**
 * Keeps the dashboard counters in step with the tasks. Every task event is handled synchronously, in
 * the transaction that changed the task, so the counters are never ahead of or behind a committed
 * task; only the move from "open" to "overdue", which time makes, waits for the next sweep.
 */
@Component
public class TaskTallies {

    static final int SWEEP_BATCH = 1_000;

    private final Tasks tasks;
    private final TallyStore store;
    private final TaskDeadlines deadlines;
    private final Clock clock;

    TaskTallies(Tasks tasks, TallyStore store, TaskDeadlines deadlines, Clock clock) {
        this.tasks = tasks;
        this.store = store;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @EventListener
    void on(TaskEvent event) {
        tasks.findById(event.task().value()).ifPresent(this::reconcile);
    }

    /** Moves the task's count to where it belongs now. */
    void reconcile(Task task) {
        Optional<TallyState> before = store.lockState(task.id().value());
        Optional<TallyState> after = TallyState.of(task, deadlines.zone(), clock.instant());
        if (before.isPresent() && after.isPresent() && before.get().equals(after.get())) {
            return;
        }
        TallyDeltas deltas = new TallyDeltas();
        before.ifPresent(state -> deltas.add(state.key(), state.bucket(), -1));
        after.ifPresent(state -> deltas.add(state.key(), state.bucket(), 1));
        store.apply(deltas);
        if (after.isPresent()) {
            store.saveState(after.get(), before.isPresent());
        } else if (before.isPresent()) {
            store.deleteState(task.id().value());
        }
    }

    /** Counts the open tasks whose deadline has passed as overdue, one batch; returns how many. */
    @Transactional
    public int sweepOverdue(Instant now) {
        List<TallyState> pastDue = store.lockPastDue(now, SWEEP_BATCH);
        if (pastDue.isEmpty()) {
            return 0;
        }
        TallyDeltas deltas = new TallyDeltas();
        for (TallyState state : pastDue) {
            deltas.add(state.key(), TallyBucket.OPEN, -1).add(state.key(), TallyBucket.OVERDUE, 1);
        }
        store.apply(deltas);
        store.markOverdue(pastDue.stream().map(TallyState::taskId).toList());
        return pastDue.size();
    }
}
