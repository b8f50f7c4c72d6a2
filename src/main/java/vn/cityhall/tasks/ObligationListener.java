package vn.cityhall.tasks;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.UnitId;
import vn.cityhall.shared.ObligationClosed;
import vn.cityhall.shared.ObligationDueChanged;
import vn.cityhall.shared.ObligationOpened;
import vn.cityhall.shared.Texts;

/**
 * Turns other modules' obligations into tasks and closes them again, through the event contract in
 * {@code shared} (docs/tasks-events.md). Each listener runs after the publisher's commit, in its own
 * transaction, and is retried from the event publication registry if it fails; a redelivered event
 * changes nothing twice.
 */
@Component
class ObligationListener {

    private static final Logger log = LoggerFactory.getLogger(ObligationListener.class);

    private final Tasks tasks;
    private final OrganizationDirectory directory;
    private final Clock clock;

    ObligationListener(Tasks tasks, OrganizationDirectory directory, Clock clock) {
        this.tasks = tasks;
        this.directory = directory;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ObligationOpened event) {
        if (tasks.findBySourceAndUnit(event.sourceModule(), event.sourceKind(), event.sourceId(),
                event.responsibleUnitId()).isPresent()) {
            return;
        }
        if (directory.unit(UnitId.of(event.responsibleUnitId())).isEmpty()) {
            throw new IllegalArgumentException("Obligation " + event.sourceKind() + " " + event.sourceId()
                    + " names unknown unit " + event.responsibleUnitId());
        }
        var source = new TaskSource(event.sourceModule(), event.sourceKind(), event.sourceId(), event.reference(),
                event.link());
        var spec = new NewTask(event.title(), event.description(), source, event.responsibleUnitId(),
                event.responsiblePersonId(), event.role(), event.urgency(), event.assignedByPersonId(),
                event.assignedAt(), event.dueAt());
        Task task = tasks.save(Task.create(spec, clock.instant()));
        tasks.save(task.announce(event.actor()));
    }

    @ApplicationModuleListener
    void on(ObligationClosed event) {
        for (Task task : matching(event.sourceModule(), event.sourceKind(), event.sourceId(), event.responsibleUnitId())) {
            if (!task.status().isOpen()) {
                continue;
            }
            Long actor = event.actor() == null ? null : event.actor().personId();
            String result = Texts.cleanOrNull(event.result());
            if (event.outcome() == ObligationClosed.Outcome.DONE) {
                tasks.save(task.complete(actor, result == null ? task.source().reference() : result, List.of(),
                        event.closedAt(), event.actor()));
            } else {
                tasks.save(task.cancel(actor, result == null ? task.source().reference() : result, event.closedAt(),
                        event.actor()));
            }
        }
    }

    @ApplicationModuleListener
    void on(ObligationDueChanged event) {
        for (Task task : matching(event.sourceModule(), event.sourceKind(), event.sourceId(), event.responsibleUnitId())) {
            if (task.status().isOpen()) {
                tasks.save(task.changeDue(event.dueAt(), Texts.cleanOrNull(event.reason()), clock.instant(), event.actor()));
            } else {
                log.info("Deadline change for closed task {} ignored", task.id());
            }
        }
    }

    private List<Task> matching(String module, String kind, String id, Long unit) {
        if (unit != null) {
            return tasks.findBySourceAndUnit(module, kind, id, unit).map(List::of).orElse(List.of());
        }
        return tasks.findBySource(module, kind, id);
    }
}
