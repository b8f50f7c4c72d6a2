package vn.cityhall.organization;

import java.util.Set;

/** A read-only view of a staff member for other modules (no credentials). */
public record PersonView(PersonId id, String username, String fullName, UnitId unit, Position position,
        Set<Role> roles, String email, String phone, String zaloUserId, boolean active) {

    static PersonView of(Person person) {
        return new PersonView(person.id(), person.username(), person.fullName(), person.unit().id(),
                person.position(), person.roles(), person.email(), person.phone(), person.zaloUserId(),
                person.isActive());
    }
}
