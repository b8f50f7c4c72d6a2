package vn.cityhall.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All staff members. */
public interface People extends JpaRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    Optional<Person> findByEmail(String email);

    boolean existsByUsername(String username);

    List<Person> findByUnitIdOrderByFullNameAsc(Long unitId);

    boolean existsByRolesContainingAndActiveTrue(Role role);
}
