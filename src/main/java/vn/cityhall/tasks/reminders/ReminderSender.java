package vn.cityhall.tasks.reminders;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.shared.LiveUpdate;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.reminders.ReminderStore.Candidate;
import vn.cityhall.tasks.reminders.ReminderWindows.Window;

/**
 * Sends the reminders of one batch in one transaction: records each step in {@code tasks_reminder}
 * (only when no other pass did) and publishes a {@link TaskReminded} for it, plus one {@link LiveUpdate}
 * ({@code tasks}) for everyone told, so that their open pages refresh their counters. The events are
 * published last, inside the transaction, so that Spring Modulith's event publication registry stores
 * them with the rows: both are committed, or neither. A step is recorded even when nobody active can be
 * told (it counts as handled), but then no event is published.
 */
@Component
class ReminderSender {

    static final String TOPIC = "tasks";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ReminderStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    ReminderSender(ReminderStore store, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.store = store;
        this.events = events;
        this.transactions = transactions;
    }

    /** Sends the batch's reminders of the window's step; the counts of reminders published per step. */
    Map<ReminderStep, Integer> send(List<Candidate> batch, Window window, Instant now, ReminderWindows windows,
            ReminderRecipients recipients) {
        return transactions.execute(status -> {
            Outgoing outgoing = new Outgoing();
            for (Candidate task : batch) {
                Set<Long> holders = recipients.holders(task);
                if (window.step() == ReminderStep.OVERDUE) {
                    remind(task, ReminderStep.OVERDUE, 0, holders, now, windows, recipients, outgoing);
                    remind(task, ReminderStep.ESCALATED, 0, recipients.escalation(task, holders), now, windows,
                            recipients, outgoing);
                } else {
                    remind(task, window.step(), window.workingDays(), holders, now, windows, recipients, outgoing);
                }
            }
            outgoing.reminders.forEach(events::publishEvent);
            if (!outgoing.told.isEmpty()) {
                events.publishEvent(new LiveUpdate(Set.copyOf(outgoing.told), TOPIC));
            }
            return outgoing.counts;
        });
    }

    private void remind(Candidate task, ReminderStep step, int workingDays, Set<Long> people, Instant now,
            ReminderWindows windows, ReminderRecipients recipients, Outgoing outgoing) {
        if (!store.claim(task, step, workingDays, people.size(), now) || people.isEmpty()) {
            return;
        }
        ZonedDateTime due = task.dueAt().atZone(windows.zone());
        List<String> arguments = List.of(task.title(), DATE.format(due),
                Integer.toString(windows.workingDaysLeft(now, task.dueAt())),
                recipients.unitName(task.responsibleUnitId()), TIME.format(due));
        outgoing.reminders.add(new TaskReminded(TaskId.of(task.id()), step, workingDays, task.dueAt(), people,
                arguments));
        outgoing.told.addAll(people);
        outgoing.counts.merge(step, 1, Integer::sum);
    }

    private static final class Outgoing {

        private final List<TaskReminded> reminders = new ArrayList<>();
        private final Set<Long> told = new LinkedHashSet<>();
        private final Map<ReminderStep, Integer> counts = new EnumMap<>(ReminderStep.class);
    }
}
