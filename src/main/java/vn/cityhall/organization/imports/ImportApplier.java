package vn.cityhall.organization.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.Unit;
import vn.cityhall.organization.Units;
import vn.cityhall.organization.web.InitialPasswords;
import vn.cityhall.organization.web.PersonProfiles;

/**
 * Applies a confirmed import in one transaction: all rows or none. The file is checked again inside
 * the transaction, because the database may have changed since the preview; any invalid row rejects
 * the whole import. Saving publishes every unit's and person's audited events. New people get a
 * generated initial password, returned once to the caller and stored only as a hash.
 */
@Service
class ImportApplier {

    private final UnitImportPlanner unitPlanner;
    private final PersonImportPlanner personPlanner;
    private final Units units;
    private final People people;
    private final PasswordEncoder encoder;
    private final InitialPasswords passwords;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ImportApplier(UnitImportPlanner unitPlanner, PersonImportPlanner personPlanner, Units units, People people,
            PasswordEncoder encoder, InitialPasswords passwords, TransactionTemplate transactions, Clock clock) {
        this.unitPlanner = unitPlanner;
        this.personPlanner = personPlanner;
        this.units = units;
        this.people = people;
        this.encoder = encoder;
        this.passwords = passwords;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The initial password of one imported person. */
    record Credential(String username, String fullName, String unitCode, String password) {
    }

    /** What an import did. */
    record Outcome(long created, long updated, long unchanged, List<Credential> credentials) {
    }

    /**
     * Checks the rows again and applies them all in one transaction; throws {@link ImportRejected}
     * (or whatever failed) and changes nothing otherwise.
     */
    Outcome apply(ImportKind kind, CsvTable table, StaffUser actor) {
        return transactions.execute(status -> {
            ImportPlan plan = kind == ImportKind.UNITS ? unitPlanner.plan(table) : personPlanner.plan(table, actor);
            if (!plan.valid()) {
                throw new ImportRejected(plan);
            }
            List<Credential> credentials = kind == ImportKind.UNITS ? applyUnits(plan) : applyPeople(plan);
            return new Outcome(plan.count(ImportAction.CREATE), plan.count(ImportAction.UPDATE),
                    plan.count(ImportAction.UNCHANGED), credentials);
        });
    }

    private List<Credential> applyUnits(ImportPlan plan) {
        Map<String, Unit> byCode = new HashMap<>();
        units.findAll().forEach(unit -> byCode.put(unit.code(), unit));
        for (PlannedRow row : plan.rows()) {
            UnitImportPlanner.UnitChange change = (UnitImportPlanner.UnitChange) row.change();
            Unit parent = change.parentCode() == null ? null : byCode.get(change.parentCode());
            if (row.action() == ImportAction.CREATE) {
                byCode.put(change.code(), units.save(Unit.create(change.details(), change.type(), parent)));
            } else if (row.action() == ImportAction.UPDATE) {
                Unit unit = byCode.get(change.code());
                if (change.detailsChanged()) {
                    unit.update(change.details());
                }
                if (change.parentChanged()) {
                    unit.moveTo(parent);
                }
                units.save(unit);
            }
        }
        return List.of();
    }

    private List<Credential> applyPeople(ImportPlan plan) {
        Map<String, Unit> unitsByCode = new HashMap<>();
        units.findAll().forEach(unit -> unitsByCode.put(unit.code(), unit));
        List<PlannedRow> creates = plan.rows().stream().filter(row -> row.action() == ImportAction.CREATE).toList();
        List<String> initial = creates.stream().map(row -> passwords.generate()).toList();
        // Hashing is deliberately slow (bcrypt); spread it over the processors for large files.
        List<String> hashes = initial.parallelStream().map(encoder::encode).toList();
        List<Credential> credentials = new ArrayList<>();
        Instant now = clock.instant();
        int next = 0;
        for (PlannedRow row : plan.rows()) {
            PersonImportPlanner.PersonChange change = (PersonImportPlanner.PersonChange) row.change();
            Unit unit = unitsByCode.get(change.unitCode());
            if (row.action() == ImportAction.CREATE) {
                Person person = people.save(Person.create(change.username(), change.profile(), unit, change.roles(),
                        hashes.get(next), true, now));
                if (!change.active()) {
                    people.save(person.deactivate());
                }
                credentials.add(new Credential(change.username(), person.fullName(), unit.code(), initial.get(next)));
                next++;
            } else if (row.action() == ImportAction.UPDATE) {
                people.save(update(people.findByUsername(change.username()).orElseThrow(), change, unit));
            }
        }
        return credentials;
    }

    private static Person update(Person person, PersonImportPlanner.PersonChange change, Unit unit) {
        if (!PersonProfiles.same(person, change.profile())) {
            person.updateProfile(change.profile());
        }
        if (!person.unit().code().equals(unit.code())) {
            person.transferTo(unit);
        }
        if (!person.roles().equals(change.roles())) {
            person.assignRoles(change.roles());
        }
        if (person.isActive() && !change.active()) {
            person.deactivate();
        } else if (!person.isActive() && change.active()) {
            person.reactivate();
        }
        return person;
    }
}
