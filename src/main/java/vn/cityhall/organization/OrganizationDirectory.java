package vn.cityhall.organization;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The module's read entry point: the unit tree and people, for every other module. The tree is
 * cached in memory, rebuilt after any unit change on this node and at least every minute, so
 * that other nodes of a cluster pick up changes too. Reading the cached tree opens no transaction (list
 * pages ask for units once per row); only loading it does.
 */
@Service
public class OrganizationDirectory {

    private static final Duration MAX_TREE_AGE = Duration.ofMinutes(1);

    private final Units units;
    private final People people;
    private final TransactionTemplate reading;
    private volatile Snapshot snapshot;

    OrganizationDirectory(Units units, People people, PlatformTransactionManager transactions) {
        this.units = units;
        this.people = people;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    private record Snapshot(UnitTree tree, Instant loadedAt) {
    }

    /** The current unit tree. */
    public UnitTree units() {
        Snapshot current = snapshot;
        if (current == null || current.loadedAt().plus(MAX_TREE_AGE).isBefore(Instant.now())) {
            current = reading.execute(status -> new Snapshot(
                    new UnitTree(units.findAll().stream().map(UnitNode::of).toList()), Instant.now()));
            snapshot = current;
        }
        return current.tree();
    }

    public Optional<UnitNode> unit(UnitId id) {
        return units().find(id);
    }

    @Transactional(readOnly = true)
    public Optional<UnitNode> unitByCode(String code) {
        return units.findByCode(code).map(UnitNode::of);
    }

    @Transactional(readOnly = true)
    public Optional<PersonView> person(PersonId id) {
        return people.findById(id.value()).map(PersonView::of);
    }

    /** Active people of exactly this unit. */
    @Transactional(readOnly = true)
    public List<PersonView> peopleIn(UnitId unit) {
        return people.findByUnitIdOrderByFullNameAsc(unit.value()).stream()
                .filter(Person::isActive).map(PersonView::of).toList();
    }

    /** Active leaders of exactly this unit. */
    @Transactional(readOnly = true)
    public List<PersonView> leadersOf(UnitId unit) {
        return peopleIn(unit).stream().filter(person -> person.roles().contains(Role.LEADER)).toList();
    }

    /** Forgets the cached tree; called after any change to units. */
    public void refresh() {
        snapshot = null;
    }
}
