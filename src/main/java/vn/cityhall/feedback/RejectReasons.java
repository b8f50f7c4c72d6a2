package vn.cityhall.feedback;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The maintained list of reject reasons. */
public interface RejectReasons extends JpaRepository<RejectReason, Long> {

    List<RejectReason> findByActiveTrueOrderBySortOrderAsc();

    Optional<RejectReason> findByCode(String code);
}
