package vn.cityhall.organization.security;

import java.io.Serial;
import java.time.Instant;

import vn.cityhall.organization.Person;
import vn.cityhall.organization.StaffUser;

/**
 * A staff member signed in with a local account (user name and password): the {@link StaffUser}
 * every page works with, plus what the sign-in steps need to know about the account.
 */
class StaffAccount extends StaffUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Instant lockedUntil;
    private final boolean totpEnabled;

    private StaffAccount(Person person) {
        super(person.id().value(), person.unit().id().value(), person.username(), person.passwordHash(),
                person.fullName(), person.unit().name(), person.position(), person.roles(), person.isActive(),
                person.lockedUntil(), person.mustChangePassword());
        this.lockedUntil = person.lockedUntil();
        this.totpEnabled = person.totpEnabled();
    }

    static StaffAccount forPerson(Person person) {
        return new StaffAccount(person);
    }

    /** When a lock after too many failed logins ends; {@code null} when the account was never locked. */
    Instant lockedUntil() {
        return lockedUntil;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Whether signing in needs a two-factor code after the password. */
    boolean totpEnabled() {
        return totpEnabled;
    }
}
