package vn.cityhall.tasks.web;

import java.util.HashMap;
import java.util.Map;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.PersonId;
import vn.cityhall.organization.PersonView;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;

/**
 * Names of the units and people a page mentions, each looked up once per page (units come from the
 * cached tree, people from the directory).
 */
final class TaskNames {

    private final OrganizationDirectory directory;
    private final Map<Long, String> people = new HashMap<>();

    TaskNames(OrganizationDirectory directory) {
        this.directory = directory;
    }

    String unit(long id) {
        return directory.unit(UnitId.of(id)).map(UnitNode::name).orElse("#" + id);
    }

    /** The person's full name, or {@code null} for none. */
    String person(Long id) {
        if (id == null) {
            return null;
        }
        return people.computeIfAbsent(id, key -> directory.person(PersonId.of(key)).map(PersonView::fullName)
                .orElse("#" + key));
    }

    /** "Unit · Person", or just the unit. */
    String holder(long unitId, Long personId) {
        String person = person(personId);
        return person == null ? unit(unitId) : unit(unitId) + " · " + person;
    }
}
