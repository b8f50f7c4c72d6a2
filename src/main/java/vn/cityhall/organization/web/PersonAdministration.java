package vn.cityhall.organization.web;

import java.time.Clock;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.PersonId;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.Unit;
import vn.cityhall.organization.Units;

/**
 * The administrator's changes to staff members and their accounts. Rules the form cannot check
 * (unique login and e-mail, an active unit, never losing the last administrator) are checked
 * here, inside the transaction; a broken rule throws {@link AdminRefusal} and changes nothing.
 * Saving publishes the person's audited events. Initial passwords are returned to the caller once
 * and only their hash is stored.
 */
@Service
@Transactional
class PersonAdministration {

    private final People people;
    private final Units units;
    private final PasswordEncoder encoder;
    private final InitialPasswords passwords;
    private final Clock clock;

    PersonAdministration(People people, Units units, PasswordEncoder encoder, InitialPasswords passwords,
            Clock clock) {
        this.people = people;
        this.units = units;
        this.encoder = encoder;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** A new account and its initial password, to show once. */
    record NewPassword(PersonId person, String password) {
    }

    NewPassword create(PersonForm form) {
        if (people.existsByUsername(form.username())) {
            throw new AdminRefusal("username", "organization.person.username.taken", form.username());
        }
        requireFreeEmail(form.email(), null);
        Unit unit = activeUnit(form.unitCode());
        String password = passwords.generate();
        Person person = people.save(Person.create(form.username(), form.profile(), unit, form.roleValues(),
                encoder.encode(password), true, clock.instant()));
        if (!form.isActive()) {
            people.save(person.deactivate());
        }
        return new NewPassword(person.id(), password);
    }

    void update(PersonId id, PersonForm form, StaffUser actor) {
        Person person = find(id);
        requireFreeEmail(form.email(), id);
        Set<Role> roles = form.roleValues();
        guardAdministrators(person, form.isActive(), roles.contains(Role.SYSTEM_ADMIN), actor);
        if (!PersonProfiles.same(person, form.profile())) {
            person.updateProfile(form.profile());
        }
        if (!person.unit().code().equals(form.unitCode())) {
            person.transferTo(activeUnit(form.unitCode()));
        }
        if (!person.roles().equals(roles)) {
            person.assignRoles(roles);
        }
        if (person.isActive() && !form.isActive()) {
            person.deactivate();
        } else if (!person.isActive() && form.isActive()) {
            person.reactivate();
        }
        people.save(person);
    }

    void deactivate(PersonId id, StaffUser actor) {
        Person person = find(id);
        if (!person.isActive()) {
            throw new AdminRefusal(null, "organization.person.error.alreadyInactive", person.fullName());
        }
        guardAdministrators(person, false, person.hasRole(Role.SYSTEM_ADMIN), actor);
        people.save(person.deactivate());
    }

    void reactivate(PersonId id) {
        Person person = find(id);
        if (person.isActive()) {
            throw new AdminRefusal(null, "organization.person.error.alreadyActive", person.fullName());
        }
        if (!person.unit().isActive()) {
            throw new AdminRefusal(null, "organization.person.error.unitInactive", person.unit().name());
        }
        people.save(person.reactivate());
    }

    /** Sets a new generated password that the person must change at next login; returns it once. */
    NewPassword resetPassword(PersonId id) {
        Person person = find(id);
        String password = passwords.generate();
        people.save(person.resetPassword(encoder.encode(password), clock.instant()));
        return new NewPassword(id, password);
    }

    void unlock(PersonId id) {
        people.save(find(id).unlock());
    }

    /**
     * An administrator may not lock themselves out of administration, and the city must keep at
     * least one active administrator.
     */
    private void guardAdministrators(Person person, boolean staysActive, boolean staysAdmin, StaffUser actor) {
        boolean self = actor != null && actor.person().equals(person.id());
        if (self && !staysActive) {
            throw new AdminRefusal("active", "organization.person.error.selfDeactivate");
        }
        if (self && !staysAdmin) {
            throw new AdminRefusal("roles", "organization.person.error.selfAdminRole");
        }
        boolean isActiveAdmin = person.isActive() && person.hasRole(Role.SYSTEM_ADMIN);
        if (isActiveAdmin && !(staysActive && staysAdmin)
                && people.countByRolesContainingAndActiveTrue(Role.SYSTEM_ADMIN) <= 1) {
            throw new AdminRefusal(null, "organization.person.error.lastAdmin");
        }
    }

    private void requireFreeEmail(String email, PersonId self) {
        if (email == null) {
            return;
        }
        people.findByEmail(email).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new AdminRefusal("email", "organization.person.email.taken", email, other.fullName());
        });
    }

    private Unit activeUnit(String code) {
        Unit unit = units.findByCode(code)
                .orElseThrow(() -> new AdminRefusal("unitCode", "organization.person.unit.unknown", code));
        if (!unit.isActive()) {
            throw new AdminRefusal("unitCode", "organization.person.unit.inactive", unit.name());
        }
        return unit;
    }

    private Person find(PersonId id) {
        return people.findById(id.value()).orElseThrow(() -> new PersonNotFound(id));
    }
}
