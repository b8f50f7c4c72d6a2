package vn.cityhall.organization.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.Position;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.Unit;
import vn.cityhall.organization.UnitType;
import vn.cityhall.organization.Units;

/**
 * Creates uniquely named units and people for tests that share one database: every call gets a
 * fresh code or login, so tests never depend on each other's rows.
 */
final class AdminFixtures {

    private final Units units;
    private final People people;

    private final TransactionTemplate transactions;

    AdminFixtures(Units units, People people, TransactionTemplate transactions) {
        this.units = units;
        this.people = people;
        this.transactions = transactions;
    }

    static String unique(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    Unit division(String parentCode) {
        Unit parent = units.findByCode(parentCode).orElseThrow();
        String code = unique("T");
        return units.save(Unit.create(new Unit.UnitDetails(code, "Phòng thử " + code, "Phòng thử nghiệm " + code,
                "PT", LocalDate.of(2025, 7, 1), null, 0), UnitType.DIVISION, parent));
    }

    Unit division(Unit parent) {
        return division(parent.code());
    }

    Person person(Unit unit, Role... roles) {
        String username = unique("test.");
        return people.save(Person.create(username, new Person.Profile("Người thử " + username, Position.CHUYEN_VIEN,
                username + "@test.example", null, null), unit, roles.length == 0 ? Set.of() : Set.of(roles), "{noop}x",
                false, Instant.now()));
    }

    Unit unit(String code) {
        return units.findByCode(code).orElseThrow();
    }

    /** The code of the unit's parent as stored now. */
    String parentCode(Unit unit) {
        return transactions.execute(status -> {
            Unit parent = reload(unit).parent();
            return parent == null ? null : parent.code();
        });
    }

    /** The code of the person's unit as stored now. */
    String unitCode(Person person) {
        return transactions.execute(status -> people.findById(person.id().value()).orElseThrow().unit().code());
    }

    Person reload(Person person) {
        return people.findById(person.id().value()).orElseThrow();
    }

    Unit reload(Unit unit) {
        return units.findById(unit.id().value()).orElseThrow();
    }
}
