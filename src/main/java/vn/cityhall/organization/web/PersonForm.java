package vn.cityhall.organization.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import vn.cityhall.organization.Person;
import vn.cityhall.organization.PersonView;
import vn.cityhall.organization.Position;
import vn.cityhall.organization.Role;

/**
 * The add and edit form of a staff member. The login name is chosen when adding and fixed after
 * that (it identifies the person in the audit trail). Position, roles and the active box are bound
 * as text and parsed by {@link #check(Errors, boolean)}, so that a tampered value becomes a field
 * error rather than a failed binding. Login name and e-mail are lower-cased and the phone number
 * loses its spaces and dots before validation.
 *
 * @param active {@code "true"} when the box is ticked
 */
public record PersonForm(
        @NotBlank(message = "{organization.person.fullName.required}")
        @Size(max = OrganizationFormats.NAME_MAX, message = "{organization.person.fullName.size}")
        String fullName,
        @Pattern(regexp = OrganizationFormats.USERNAME, message = "{organization.person.username.pattern}")
        String username,
        @NotBlank(message = "{organization.person.unit.required}")
        String unitCode,
        String position,
        @Size(max = OrganizationFormats.NAME_MAX, message = "{organization.person.email.invalid}")
        @Pattern(regexp = OrganizationFormats.EMAIL, message = "{organization.person.email.invalid}")
        String email,
        @Pattern(regexp = OrganizationFormats.PHONE, message = "{organization.person.phone.invalid}")
        String phone,
        @Size(max = OrganizationFormats.ZALO_ID_MAX, message = "{organization.person.zaloUserId.size}")
        String zaloUserId,
        List<String> roles,
        String active) {

    public PersonForm {
        username = OrganizationFormats.lower(username);
        email = OrganizationFormats.lower(email);
        phone = OrganizationFormats.normalizePhone(phone);
        roles = roles == null ? List.of() : roles.stream().filter(role -> role != null && !role.isBlank()).toList();
    }

    static PersonForm blank(String unitCode) {
        return new PersonForm(null, null, unitCode, Position.CHUYEN_VIEN.name(), null, null, null,
                List.of(Role.OFFICER.name()), "true");
    }

    static PersonForm of(PersonView person, String unitCode) {
        return new PersonForm(person.fullName(), person.username(), unitCode, person.position().name(),
                person.email(), person.phone(), person.zaloUserId(),
                person.roles().stream().sorted().map(Role::name).toList(), person.active() ? "true" : null);
    }

    /** Checks what bean validation cannot: a login name when adding, the position and the roles. */
    void check(Errors errors, boolean adding) {
        if (adding && username == null) {
            errors.rejectValue("username", "organization.person.username.required");
        }
        if (position == null) {
            errors.rejectValue("position", "organization.person.position.required");
        } else if (positionValue() == null) {
            errors.rejectValue("position", "organization.person.position.invalid");
        }
        if (roleValues().size() != roles.stream().distinct().count()) {
            errors.rejectValue("roles", "organization.person.roles.invalid");
        }
    }

    public boolean isActive() {
        return "true".equals(active);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.name());
    }

    Position positionValue() {
        for (Position candidate : Position.values()) {
            if (candidate.name().equals(position)) {
                return candidate;
            }
        }
        return null;
    }

    Set<Role> roleValues() {
        List<Role> valid = new ArrayList<>();
        for (Role role : Role.values()) {
            if (roles.contains(role.name())) {
                valid.add(role);
            }
        }
        return valid.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(valid);
    }

    Person.Profile profile() {
        return new Person.Profile(fullName, positionValue(), email, phone, zaloUserId);
    }
}
