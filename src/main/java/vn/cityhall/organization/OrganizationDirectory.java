package vn.cityhall.organization;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's read entry point: the unit tree and people, for every other module. The tree is
 * cached in memory, rebuilt after any unit change on this node and at least every minute, so
 * that other nodes of a cluster pick up changes too.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

    private static final Duration MAX_TREE_AGE = Duration.ofMinutes(1);

    private final Units units;
    private final People people;
    private volatile Snapshot snapshot;

    OrganizationDirectory(Units units, People people) {
        this.units = units;
        this.people = people;
    }

    private record Snapshot(UnitTree tree, Instant loadedAt) {
    }

    /** The current unit tree. */
    public UnitTree units() {
        Snapshot current = snapshot;
        if (current == null || current.loadedAt().plus(MAX_TREE_AGE).isBefore(Instant.now())) {
            current = new Snapshot(new UnitTree(units.findAll().stream().map(UnitNode::of).toList()), Instant.now());
            snapshot = current;
        }
        return current.tree();
    }

    public Optional<UnitNode> unit(UnitId id) {
        return units().find(id);
    }

    public Optional<UnitNode> unitByCode(String code) {
        return units.findByCode(code).map(UnitNode::of);
    }

    public Optional<PersonView> person(PersonId id) {
        return people.findById(id.value()).map(PersonView::of);
    }

    /** Active people of exactly this unit. */
    public List<PersonView> peopleIn(UnitId unit) {
        return people.findByUnitIdOrderByFullNameAsc(unit.value()).stream()
                .filter(Person::isActive).map(PersonView::of).toList();
    }

    /** Active leaders of exactly this unit. */
    public List<PersonView> leadersOf(UnitId unit) {
        return peopleIn(unit).stream().filter(person -> person.roles().contains(Role.LEADER)).toList();
    }

    /** Forgets the cached tree; called after any change to units. */
    public void refresh() {
        snapshot = null;
    }
}
