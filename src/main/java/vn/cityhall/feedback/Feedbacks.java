package vn.cityhall.feedback;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored feedback items. */
public interface Feedbacks extends JpaRepository<Feedback, Long> {

    Optional<Feedback> findByCode(String code);

    long countBySenderPhoneAndReceivedAtAfter(String senderPhone, Instant since);

    long countBySourceAddressAndReceivedAtAfter(String sourceAddress, Instant since);
}
