package vn.cityhall.organization;

import java.util.List;
import java.util.Optional;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All staff members. */
public interface People extends JpaRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    Optional<Person> findByEmail(String email);

    boolean existsByUsername(String username);

    List<Person> findByUnitIdOrderByFullNameAsc(Long unitId);

    boolean existsByRolesContainingAndActiveTrue(Role role);

    long countByRolesContainingAndActiveTrue(Role role);

    /** Active people of exactly this unit. */
    long countByUnitIdAndActiveTrue(Long unitId);

    /** Number of active people per unit id, for the unit tree. */
    @Query("select p.unit.id as unitId, count(p) as people from Person p where p.active = true group by p.unit.id")
    List<Headcount> countActivePeopleByUnit();

    /** One light row per person (no credentials, no collections), for administrative lists and imports. */
    @Query("select p.id as id, p.username as username, p.fullName as fullName, p.unit.id as unitId, "
            + "p.position as position, p.email as email, p.phone as phone, p.zaloUserId as zaloUserId, "
            + "p.active as active, p.lockedUntil as lockedUntil, p.mustChangePassword as mustChangePassword "
            + "from Person p")
    List<Listing> findAllListings();

    /** Every (person, role) pair, to complete {@link #findAllListings()} without one query per person. */
    @Query("select p.id as personId, r as role from Person p join p.roles r")
    List<RoleGrant> findAllRoleGrants();

    /** Active people in one unit. */
    interface Headcount {
        Long getUnitId();

        long getPeople();
    }

    /** A person without credentials; see {@link #findAllListings()}. */
    interface Listing {
        Long getId();

        String getUsername();

        String getFullName();

        Long getUnitId();

        Position getPosition();

        String getEmail();

        String getPhone();

        String getZaloUserId();

        boolean getActive();

        Instant getLockedUntil();

        boolean getMustChangePassword();
    }

    /** One role of one person. */
    interface RoleGrant {
        Long getPersonId();

        Role getRole();
    }
}
