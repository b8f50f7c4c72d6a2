package vn.cityhall.organization.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.Position;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.shared.CityZone;

/**
 * A staff member as the administration lists show them (no credentials).
 *
 * @param unit the person's unit, or {@code null} if the tree snapshot does not know it yet
 * @param lockedUntil when a lock from failed logins ends, or {@code null} when not locked now
 */
public record PersonRow(long id, String username, String fullName, UnitNode unit, Position position,
        List<Role> roles, String email, String phone, boolean active, Instant lockedUntil,
        boolean mustChangePassword) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(CityZone.ID);

    static PersonRow of(People.Listing person, Collection<Role> roles, UnitNode unit, Instant now) {
        return new PersonRow(person.getId(), person.getUsername(), person.getFullName(), unit, person.getPosition(),
                sorted(roles), person.getEmail(), person.getPhone(), person.getActive(),
                lockedNow(person.getLockedUntil(), now), person.getMustChangePassword());
    }

    static PersonRow of(Person person, UnitNode unit, Instant now) {
        return new PersonRow(person.id().value(), person.username(), person.fullName(), unit, person.position(),
                sorted(person.roles()), person.email(), person.phone(), person.isActive(),
                lockedNow(person.lockedUntil(), now), person.mustChangePassword());
    }

    public String href() {
        return "/admin/people/" + id;
    }

    public boolean locked() {
        return lockedUntil != null;
    }

    public String lockedUntilText() {
        return lockedUntil == null ? "" : TIME.format(lockedUntil);
    }

    public String unitName() {
        return unit == null ? "" : unit.name();
    }

    public String unitHref() {
        return unit == null ? null : "/admin/units/" + unit.id().value();
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private static List<Role> sorted(Collection<Role> roles) {
        return roles.stream().sorted().toList();
    }

    private static Instant lockedNow(Instant lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now) ? lockedUntil : null;
    }
}
