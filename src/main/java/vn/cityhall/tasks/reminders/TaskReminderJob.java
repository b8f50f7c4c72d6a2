package vn.cityhall.tasks.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.tasks.reminders.ReminderStore.Candidate;
import vn.cityhall.tasks.reminders.ReminderStore.Cursor;
import vn.cityhall.tasks.reminders.ReminderWindows.Window;

/**
 * One pass of reminders and escalations (see {@link ReminderWindows} for which deadlines each step looks
 * at, {@link ReminderRecipients} for who is told). For each window the open tasks are read in batches
 * in deadline order and each batch is sent in its own transaction ({@link ReminderSender}). A pass that
 * collides with another (two nodes, two threads) sends nothing twice: it waits on the other's rows and
 * finds them recorded, or, when the database gives up waiting (a lock timeout, a deadlock, a duplicate
 * key), it rolls its batch back and leaves that step to the other pass — whatever is left, the next
 * pass sends. A batch that fails otherwise is sent task by task, so that one bad task does not hold back
 * the rest.
 * Passes are safe to repeat at any time; the scheduled one runs with {@code clock.instant()}.
 */
@Component
public class TaskReminderJob {

    private static final Logger log = LoggerFactory.getLogger(TaskReminderJob.class);

    private final ReminderStore store;
    private final ReminderSender sender;
    private final OrganizationDirectory directory;
    private final WorkingCalendar calendar;
    private final TaskReminderSettings settings;

    TaskReminderJob(ReminderStore store, ReminderSender sender, OrganizationDirectory directory,
            WorkingCalendar calendar, TaskReminderSettings settings) {
        this.store = store;
        this.sender = sender;
        this.directory = directory;
        this.calendar = calendar;
        this.settings = settings;
    }

    /** Sends every reminder due at {@code now} that has not been sent yet. */
    /** A pass outside the schedule (the demo's first start), for callers outside this package. */
    public void passNow(Instant now) {
        pass(now);
    }

    ReminderPass pass(Instant now) {
        long started = System.nanoTime();
        ReminderWindows windows = new ReminderWindows(calendar, settings);
        ReminderRecipients recipients = new ReminderRecipients(directory);
        ReminderPass.Tally tally = new ReminderPass.Tally();
        for (Window window : windows.at(now)) {
            if (!window.isEmpty()) {
                remind(window, now, windows, recipients, tally);
            }
        }
        ReminderPass pass = tally.done(Duration.ofNanos(System.nanoTime() - started));
        if (pass.total() > 0 || pass.failedTasks() > 0) {
            log.info("Task reminders at {}: {} due soon, {} due today, {} overdue, {} escalated; {} tasks in {} batches,"
                    + " {} failed, {} ms", now, pass.sent(ReminderStep.DUE_SOON), pass.sent(ReminderStep.DUE_TODAY),
                    pass.sent(ReminderStep.OVERDUE), pass.sent(ReminderStep.ESCALATED), pass.tasks(), pass.batches(),
                    pass.failedTasks(), pass.took().toMillis());
        } else {
            log.debug("Task reminders at {}: nothing to send ({} ms)", now, pass.took().toMillis());
        }
        return pass;
    }

    private void remind(Window window, Instant now, ReminderWindows windows, ReminderRecipients recipients,
            ReminderPass.Tally tally) {
        Cursor cursor = Cursor.before(window.from());
        while (true) {
            List<Candidate> batch = store.candidates(window, cursor, settings.batchSize());
            if (batch.isEmpty()) {
                return;
            }
            tally.batch(batch.size());
            if (!send(batch, window, now, windows, recipients, tally)) {
                log.info("Another pass is sending {} reminders at the same time; this pass leaves the rest to it",
                        window.step());
                return;
            }
            if (batch.size() < settings.batchSize()) {
                return;
            }
            cursor = Cursor.after(batch.get(batch.size() - 1));
        }
    }

    /** Sends a batch; false when another pass holds its rows (that pass, or the next one, sends them). */
    private boolean send(List<Candidate> batch, Window window, Instant now, ReminderWindows windows,
            ReminderRecipients recipients, ReminderPass.Tally tally) {
        try {
            tally.sent(sender.send(batch, window, now, windows, recipients));
            return true;
        } catch (TransientDataAccessException | DuplicateKeyException collision) {
            return false;
        } catch (RuntimeException failure) {
            log.warn("Reminder batch of {} tasks failed, sending them one by one", batch.size(), failure);
        }
        for (Candidate task : batch) {
            try {
                tally.sent(sender.send(List.of(task), window, now, windows, recipients));
            } catch (TransientDataAccessException | DuplicateKeyException collision) {
                log.info("Reminder {} for task {} is being sent by another pass", window.step(), task.id());
            } catch (RuntimeException failure) {
                tally.failed();
                log.error("Reminder {} for task {} failed; it is tried again at the next pass", window.step(),
                        task.id(), failure);
            }
        }
        return true;
    }
}
