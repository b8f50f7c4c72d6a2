package vn.cityhall.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All units of the city. */
public interface Units extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    boolean existsByCode(String code);

    List<Unit> findAllByOrderBySortOrderAscNameAsc();

    boolean existsByCodeAndIdNot(String code, Long id);

    /** Active units directly under the given unit. */
    long countByParentIdAndActiveTrue(Long parentId);
}
