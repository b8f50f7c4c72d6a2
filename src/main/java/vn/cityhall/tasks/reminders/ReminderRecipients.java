package vn.cityhall.tasks.reminders;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.PersonId;
import vn.cityhall.organization.PersonView;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;

/**
 * Who a reminder goes to, for one pass (people and units are looked up once per pass, not once per
 * task). Inactive people never receive anything.
 * <ul>
 * <li>The holder: the person holding the task; when no person holds it (or that person is no longer
 * active), the active staff of the holder unit — those who may work on it.</li>
 * <li>Escalation: the assigner and the active leaders of the responsible unit, each once, leaving out
 * whoever is already told as the holder.</li>
 * </ul>
 */
final class ReminderRecipients {

    private final OrganizationDirectory directory;
    private final Map<Long, Boolean> active = new HashMap<>();
    private final Map<Long, List<PersonView>> staff = new HashMap<>();
    private final Map<Long, String> unitNames = new HashMap<>();

    ReminderRecipients(OrganizationDirectory directory) {
        this.directory = directory;
    }

    Set<Long> holders(ReminderStore.Candidate task) {
        if (task.holderPersonId() != null && isActive(task.holderPersonId())) {
            return Set.of(task.holderPersonId());
        }
        Set<Long> result = new LinkedHashSet<>();
        staffOf(task.holderUnitId()).forEach(person -> result.add(person.id().value()));
        return result;
    }

    Set<Long> escalation(ReminderStore.Candidate task, Set<Long> alreadyTold) {
        Set<Long> result = new LinkedHashSet<>();
        if (task.assignedBy() != null && isActive(task.assignedBy())) {
            result.add(task.assignedBy());
        }
        staffOf(task.responsibleUnitId()).stream()
                .filter(person -> person.roles().contains(Role.LEADER))
                .forEach(person -> result.add(person.id().value()));
        result.removeAll(alreadyTold);
        return result;
    }

    String unitName(long unitId) {
        return unitNames.computeIfAbsent(unitId,
                id -> directory.unit(UnitId.of(id)).map(UnitNode::name).orElse(""));
    }

    private boolean isActive(long personId) {
        return active.computeIfAbsent(personId,
                id -> directory.person(PersonId.of(id)).map(PersonView::active).orElse(false));
    }

    private List<PersonView> staffOf(long unitId) {
        return staff.computeIfAbsent(unitId, id -> directory.peopleIn(UnitId.of(id)));
    }
}
