package vn.cityhall.organization;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.cityhall.shared.StaffIdentity;

/**
 * The signed-in staff member: who they are, the unit they act for and their roles. Controllers
 * receive it with {@code @AuthenticationPrincipal StaffUser user} and pass it to the
 * {@link AccessPolicy}.
 */
public class StaffUser implements UserDetails, CredentialsContainer, StaffIdentity, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long personId;
    private final long unitId;
    private final String username;
    private String passwordHash;
    private final String fullName;
    private final String unitName;
    private final Position position;
    private final Set<Role> roles;
    private final boolean active;
    private final Instant lockedUntil;
    private final boolean mustChangePassword;

    public StaffUser(long personId, long unitId, String username, String passwordHash, String fullName,
            String unitName, Position position, Set<Role> roles, boolean active, Instant lockedUntil,
            boolean mustChangePassword) {
        this.personId = personId;
        this.unitId = unitId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.unitName = unitName;
        this.position = position;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.active = active;
        this.lockedUntil = lockedUntil;
        this.mustChangePassword = mustChangePassword;
    }

    public static StaffUser of(Person person) {
        return new StaffUser(person.id().value(), person.unit().id().value(), person.username(),
                person.passwordHash(), person.fullName(), person.unit().name(), person.position(), person.roles(),
                person.isActive(), person.lockedUntil(), person.mustChangePassword());
    }

    public PersonId person() {
        return new PersonId(personId);
    }

    public UnitId unit() {
        return new UnitId(unitId);
    }

    public Position position() {
        return position;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public long personId() {
        return personId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return fullName;
    }

    @Override
    public String unitName() {
        return unitName;
    }

    @Override
    public String positionKey() {
        return position.messageKey();
    }

    @Override
    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !lockedUntil.isAfter(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffUser that && that.personId == personId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(personId);
    }

    @Override
    public String toString() {
        return "StaffUser[" + username + "]";
    }
}
