package vn.cityhall.tasks.notify;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.PersonId;
import vn.cityhall.organization.PersonView;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Urgency;
import vn.cityhall.tasks.Extension;
import vn.cityhall.tasks.Task;
import vn.cityhall.tasks.TaskAssigned;
import vn.cityhall.tasks.TaskCompleted;
import vn.cityhall.tasks.TaskDeadlines;
import vn.cityhall.tasks.TaskDelegated;
import vn.cityhall.tasks.TaskExtensionDecided;
import vn.cityhall.tasks.TaskExtensionRequested;
import vn.cityhall.tasks.Tasks;

/**
 * Tells people about what happened to their tasks: the new holder when a task is assigned or
 * delegated (the holder unit's leaders when nobody is named), the assigner when an extension is asked
 * or the task is done, the requester when an extension is decided. Nobody is told about what they did
 * themselves. Runs after the change commits; a redelivered event carries the same deduplication key.
 * Reminders, overdue notices and escalation are the reminders' job.
 */
@Component
class TaskNotifications {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Tasks tasks;
    private final OrganizationDirectory directory;
    private final TaskDeadlines deadlines;
    private final ApplicationEventPublisher events;

    TaskNotifications(Tasks tasks, OrganizationDirectory directory, TaskDeadlines deadlines,
            ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.directory = directory;
        this.deadlines = deadlines;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(TaskAssigned event) {
        Task task = task(event.task().value());
        boolean due = task.dueAt() != null;
        publish("tasks.assigned", holders(event.holderUnitId(), event.holderPersonId()), event.actor(), task,
                due ? "tasks.notification.assigned" : "tasks.notification.assignedNoDue",
                due ? List.of(task.title(), date(task.dueAt())) : List.of(task.title()),
                "tasks.assigned:" + task.id() + ":" + event.holderUnitId() + "/" + event.holderPersonId() + ":"
                        + task.assignedAt().toEpochMilli(),
                task.urgency() != Urgency.NORMAL);
    }

    @ApplicationModuleListener
    void on(TaskDelegated event) {
        Task task = task(event.task().value());
        Instant at = task.delegations().stream()
                .filter(link -> link.toUnitId() == event.toUnitId() && Objects.equals(link.toPersonId(), event.toPersonId()))
                .map(link -> link.at()).max(Comparator.naturalOrder()).orElse(task.updatedAt());
        boolean due = task.dueAt() != null;
        publish("tasks.delegated", holders(event.toUnitId(), event.toPersonId()), event.actor(), task,
                due ? "tasks.notification.delegated" : "tasks.notification.delegatedNoDue",
                due ? List.of(task.title(), date(task.dueAt())) : List.of(task.title()),
                "tasks.delegated:" + task.id() + ":" + event.toUnitId() + "/" + event.toPersonId() + ":" + at.toEpochMilli(),
                task.urgency() != Urgency.NORMAL);
    }

    @ApplicationModuleListener
    void on(TaskExtensionRequested event) {
        Task task = task(event.task().value());
        Extension request = task.extensions().stream()
                .filter(extension -> extension.requestedDueAt().equals(event.requestedDueAt()))
                .max(Comparator.comparing(Extension::requestedAt)).orElse(null);
        if (request == null) {
            return;
        }
        publish("tasks.extensionRequested", deciders(task), event.actor(), task, "tasks.notification.extensionRequested",
                List.of(name(request.requestedBy()), task.title(), date(request.requestedDueAt())),
                "tasks.extensionRequested:" + task.id() + ":" + request.id(), false);
    }

    @ApplicationModuleListener
    void on(TaskExtensionDecided event) {
        Task task = task(event.task().value());
        Extension decided = task.extensions().stream()
                .filter(extension -> extension.decidedBy() != null)
                .max(Comparator.comparing(Extension::decidedAt)).orElse(null);
        if (decided == null) {
            return;
        }
        publish("tasks.extensionDecided", Set.of(decided.requestedBy()), event.actor(), task,
                event.approved() ? "tasks.notification.extensionApproved" : "tasks.notification.extensionRefused",
                List.of(task.title(), date(event.dueAt())),
                "tasks.extensionDecided:" + task.id() + ":" + decided.id(), false);
    }

    @ApplicationModuleListener
    void on(TaskCompleted event) {
        Task task = task(event.task().value());
        if (task.assignedBy() == null) {
            return;
        }
        Long by = task.completedBy();
        String who = by == null ? directory.unit(UnitId.of(task.holderUnitId())).map(UnitNode::name).orElse("") : name(by);
        publish("tasks.completed", Set.of(task.assignedBy()), event.actor(), task,
                event.onTime() ? "tasks.notification.completedOnTime" : "tasks.notification.completedLate",
                List.of(task.title(), who),
                "tasks.completed:" + task.id() + ":" + event.completedAt().toEpochMilli(), false);
    }

    private void publish(String kind, Set<Long> people, AuditActor actor, Task task, String titleKey,
            List<String> arguments, String deduplicationKey, boolean urgent) {
        Set<Long> recipients = new LinkedHashSet<>(people);
        if (actor != null && actor.personId() != null) {
            recipients.remove(actor.personId());
        }
        if (!recipients.isEmpty()) {
            events.publishEvent(new TaskNotification(kind, recipients, titleKey, arguments, "/tasks/" + task.id(),
                    deduplicationKey, urgent));
        }
    }

    /** The person holding the task, or the active leaders of the unit holding it when nobody is named. */
    private Set<Long> holders(long unitId, Long personId) {
        if (personId != null) {
            return Set.of(personId);
        }
        return ids(directory.leadersOf(UnitId.of(unitId)));
    }

    /** Who decides an extension: the assigner, or the leaders of the unit above the responsible unit. */
    private Set<Long> deciders(Task task) {
        if (task.assignedBy() != null) {
            return Set.of(task.assignedBy());
        }
        return directory.unit(UnitId.of(task.responsibleUnitId())).map(UnitNode::parentId)
                .map(parent -> ids(directory.leadersOf(parent))).orElse(Set.of());
    }

    private static Set<Long> ids(List<PersonView> people) {
        Set<Long> ids = new LinkedHashSet<>();
        people.forEach(person -> ids.add(person.id().value()));
        return ids;
    }

    private Task task(long id) {
        return tasks.findById(id).orElseThrow(() -> new IllegalStateException("No task " + id));
    }

    private String name(long person) {
        return directory.person(PersonId.of(person)).map(PersonView::fullName).orElse("#" + person);
    }

    private String date(Instant instant) {
        ZoneId zone = deadlines.zone();
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }
}
