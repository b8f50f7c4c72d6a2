package vn.cityhall.notifications.email;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxEmails extends JpaRepository<OutboxEmail, Long> {

    boolean existsByRecipientIdAndDedupKey(long recipientId, String dedupKey);

    @Query("select e.id from NotificationEmail e where e.status = vn.cityhall.notifications.email.EmailStatus.PENDING "
            + "and e.nextAttemptAt <= :now order by e.nextAttemptAt, e.id")
    List<Long> findDue(Instant now, Pageable pageable);

    Page<OutboxEmail> findByStatusIn(Collection<EmailStatus> statuses, Pageable pageable);

    long countByStatus(EmailStatus status);
}
