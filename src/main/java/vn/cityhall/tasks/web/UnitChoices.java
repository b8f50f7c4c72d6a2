package vn.cityhall.tasks.web;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.cityhall.organization.AccessPolicy;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitTree;
import vn.cityhall.shared.Texts;

/**
 * The units and people a leader may choose when assigning or delegating: active units of a subtree
 * (in tree order, indented), and the active people of one unit the leader may see.
 */
@Component
class UnitChoices {

    private final OrganizationDirectory directory;
    private final AccessPolicy policy;

    UnitChoices(OrganizationDirectory directory, AccessPolicy policy) {
        this.directory = directory;
        this.policy = policy;
    }

    /** Active units under (and including) {@code root}, those whose name or code matches {@code query}. */
    List<Option> units(long root, Long selected, String query) {
        UnitTree tree = directory.units();
        int base = tree.depth(UnitId.of(root));
        String key = Texts.searchKey(query);
        return tree.subtree(UnitId.of(root)).stream()
                .map(tree::get)
                .filter(UnitNode::active)
                .filter(unit -> key.isEmpty() || Texts.searchKey(unit.name() + " " + unit.code()).contains(key)
                        || (selected != null && unit.id().value() == selected))
                .map(unit -> new Option(String.valueOf(unit.id().value()), unit.name(),
                        key.isEmpty() ? tree.depth(unit.id()) - base : 0,
                        selected != null && unit.id().value() == selected))
                .toList();
    }

    /** The active people of a unit, if the leader may see that unit; none otherwise. */
    List<Option> people(StaffUser user, Long unit, Long selected) {
        if (unit == null || !user.is(Role.LEADER) || !policy.maySee(user, UnitId.of(unit))) {
            return List.of();
        }
        return directory.peopleIn(UnitId.of(unit)).stream()
                .map(person -> new Option(String.valueOf(person.id().value()), person.fullName(), 0,
                        selected != null && person.id().value() == selected))
                .toList();
    }

    /** Every unit whose tasks the person may see (active or not), for the inbox's unit filter. */
    List<Option> visibleUnits(StaffUser user, Long selected) {
        UnitTree tree = directory.units();
        Set<UnitId> visible = policy.visibleUnits(user);
        int base = tree.depth(user.unit());
        return tree.subtree(user.unit()).stream()
                .filter(visible::contains)
                .map(tree::get)
                .map(unit -> new Option(String.valueOf(unit.id().value()), unit.name(), tree.depth(unit.id()) - base,
                        selected != null && unit.id().value() == selected))
                .toList();
    }

    /** Whether a leader may assign to the unit: an active unit of their subtree. */
    boolean assignable(StaffUser user, long unit) {
        return user.is(Role.LEADER) && policy.mayActOn(user, UnitId.of(unit));
    }
}
