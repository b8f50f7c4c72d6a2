package vn.cityhall.organization;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Texts;

/**
 * A staff member (cán bộ, công chức) with their login account. People are never deleted: a person
 * who leaves is deactivated so that the work they did stays attributed to them.
 */
@Entity
@Table(name = "organization_person")
public class Person extends AbstractAggregateRoot<Person> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "full_name")
    private String fullName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    private Position position;

    private String email;

    private String phone;

    @Column(name = "zalo_user_id")
    private String zaloUserId;

    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organization_person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_enabled")
    private boolean totpEnabled;

    /** The last 30-second time step whose two-factor code was accepted; a code is never accepted twice. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Person() {
    }

    /**
     * Creates a staff member with an initial password hash; they must change it at first login
     * unless {@code mustChangePassword} is false (demo and the configured initial administrator).
     */
    public static Person create(String username, Profile profile, Unit unit, Set<Role> roles, String passwordHash,
            boolean mustChangePassword, Instant now) {
        Person person = new Person();
        person.username = normalizeUsername(username);
        person.unit = Objects.requireNonNull(unit, "unit");
        person.apply(profile);
        person.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        person.active = true;
        person.passwordHash = passwordHash;
        person.passwordChangedAt = now;
        person.mustChangePassword = mustChangePassword;
        person.createdAt = now;
        person.registerEvent(new PersonCreated(person.username, unit.id(), AuditActor.current()));
        return person;
    }

    /** Login names are case-insensitive: stored trimmed and in lower case. */
    public static String normalizeUsername(String username) {
        return Texts.clean(username).toLowerCase(java.util.Locale.ROOT);
    }

    public Person updateProfile(Profile profile) {
        apply(profile);
        registerEvent(new PersonUpdated(id(), "profile", AuditActor.current()));
        return this;
    }

    public Person transferTo(Unit newUnit) {
        UnitId from = unit.id();
        this.unit = Objects.requireNonNull(newUnit, "newUnit");
        registerEvent(new PersonUpdated(id(), "unit " + from + " -> " + newUnit.id(), AuditActor.current()));
        return this;
    }

    public Person assignRoles(Set<Role> newRoles) {
        this.roles.clear();
        this.roles.addAll(newRoles);
        registerEvent(new PersonUpdated(id(), "roles " + new java.util.TreeSet<>(newRoles), AuditActor.current()));
        return this;
    }

    public Person deactivate() {
        if (!active) {
            throw new IllegalStateException("Person " + username + " is already inactive");
        }
        this.active = false;
        registerEvent(new PersonUpdated(id(), "deactivated", AuditActor.current()));
        return this;
    }

    public Person reactivate() {
        if (active) {
            throw new IllegalStateException("Person " + username + " is already active");
        }
        this.active = true;
        registerEvent(new PersonUpdated(id(), "reactivated", AuditActor.current()));
        return this;
    }

    /** An administrator set a new password; the person must change it at next login. */
    public Person resetPassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
        this.failedLogins = 0;
        this.lockedUntil = null;
        registerEvent(new PersonUpdated(id(), "password reset", AuditActor.current()));
        return this;
    }

    /** The person chose a new password themselves. */
    public Person changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
        registerEvent(new PersonUpdated(id(), "password changed", AuditActor.current()));
        return this;
    }

    /**
     * Counts a failed login; at {@code maxAttempts} consecutive failures the account is locked
     * for {@code lockFor}. Returns whether this failure locked the account.
     */
    public boolean recordFailedLogin(Instant now, int maxAttempts, Duration lockFor) {
        if (lockedUntil != null && !isLocked(now)) {
            // The previous lock has run out: the person starts afresh rather than being locked again at once.
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= maxAttempts && !isLocked(now)) {
            lockedUntil = now.plus(lockFor);
            registerEvent(new PersonUpdated(id(), "locked until " + lockedUntil, AuditActor.current()));
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** An administrator lifted a lock. */
    public Person unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
        registerEvent(new PersonUpdated(id(), "unlocked", AuditActor.current()));
        return this;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Person enableTotp(String secret) {
        this.totpSecret = Objects.requireNonNull(secret, "secret");
        this.totpEnabled = true;
        registerEvent(new PersonUpdated(id(), "two-factor enabled", AuditActor.current()));
        return this;
    }

    public Person disableTotp() {
        this.totpSecret = null;
        this.totpEnabled = false;
        registerEvent(new PersonUpdated(id(), "two-factor disabled", AuditActor.current()));
        return this;
    }

    /**
     * Marks the two-factor code of time step {@code step} as used. Returns {@code false}, changing
     * nothing, when a code of this or a later step was already accepted (a replayed code).
     */
    public boolean useTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        this.totpLastStep = step;
        return true;
    }

    public Long totpLastStep() {
        return totpLastStep;
    }

    private void apply(Profile profile) {
        this.fullName = Texts.clean(profile.fullName());
        this.position = Objects.requireNonNull(profile.position(), "position");
        this.email = profile.email() == null ? null : Texts.cleanOrNull(profile.email().toLowerCase(java.util.Locale.ROOT));
        this.phone = Texts.cleanOrNull(profile.phone());
        this.zaloUserId = Texts.cleanOrNull(profile.zaloUserId());
    }

    public PersonId id() {
        return id == null ? null : new PersonId(id);
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public Unit unit() {
        return unit;
    }

    public Position position() {
        return position;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String zaloUserId() {
        return zaloUserId;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public boolean totpEnabled() {
        return totpEnabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The editable personal details of a staff member. */
    public record Profile(String fullName, Position position, String email, String phone, String zaloUserId) {
    }
}
