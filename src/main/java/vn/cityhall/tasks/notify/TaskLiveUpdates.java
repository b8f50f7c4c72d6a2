package vn.cityhall.tasks.notify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.PersonView;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.UnitId;
import vn.cityhall.shared.LiveUpdate;
import vn.cityhall.tasks.Task;
import vn.cityhall.tasks.TaskDelegated;
import vn.cityhall.tasks.TaskEvent;
import vn.cityhall.tasks.Tasks;

/**
 * After every change to a task, tells the open pages of the people whose lists and counters show it
 * to refresh ({@link LiveUpdate} on the topic {@value #TOPIC}): the holder, the assigner, the person
 * who acted, the leaders and clerks of the holder and responsible units, and everyone in the holder
 * unit while no person holds it (it is in their "assigned to me"). On delegation the previous holder
 * too. At most {@value #MAX_RECIPIENTS} people, so that a task of a large unit stays cheap.
 */
@Component
class TaskLiveUpdates {

    static final String TOPIC = "tasks";
    static final int MAX_RECIPIENTS = 500;

    private final Tasks tasks;
    private final OrganizationDirectory directory;
    private final ApplicationEventPublisher events;

    TaskLiveUpdates(Tasks tasks, OrganizationDirectory directory, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.directory = directory;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(TaskEvent event) {
        Task task = tasks.findById(event.task().value()).orElse(null);
        if (task == null) {
            return;
        }
        Set<Long> recipients = new LinkedHashSet<>();
        add(recipients, task.holderPersonId());
        add(recipients, task.assignedBy());
        add(recipients, event.actor() == null ? null : event.actor().personId());
        if (event instanceof TaskDelegated delegated) {
            add(recipients, delegated.fromPersonId());
            unit(recipients, delegated.fromUnitId(), delegated.fromPersonId() == null);
        }
        unit(recipients, task.holderUnitId(), task.holderPersonId() == null);
        unit(recipients, task.responsibleUnitId(), false);
        if (!recipients.isEmpty()) {
            events.publishEvent(new LiveUpdate(Set.copyOf(recipients), TOPIC));
        }
    }

    /** The unit's leaders and clerks, and all its people when {@code everyone}. */
    private void unit(Set<Long> recipients, long unitId, boolean everyone) {
        List<PersonView> people = directory.peopleIn(UnitId.of(unitId));
        for (PersonView person : people) {
            if (everyone || person.roles().contains(Role.LEADER) || person.roles().contains(Role.CLERK)) {
                add(recipients, person.id().value());
            }
        }
    }

    private static void add(Set<Long> recipients, Long person) {
        if (person != null && recipients.size() < MAX_RECIPIENTS) {
            recipients.add(person);
        }
    }
}
