package vn.cityhall.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored feedback items. */
public interface Feedbacks extends JpaRepository<Feedback, Long> {

    Optional<Feedback> findByCode(String code);

    /** The items merged into a master item (their senders receive its answer). */
    @Query("select f.id from Feedback f where f.duplicateOf = ?1 order by f.id")
    List<Long> findIdsByDuplicateOf(long masterId);

    long countBySenderPhoneAndReceivedAtAfter(String senderPhone, Instant since);

    long countBySourceAddressAndReceivedAtAfter(String sourceAddress, Instant since);

    /**
     * The screening queue: one page of the items in a status, soonest screening deadline first (index
     * {@code feedback_item_status_due_idx}), without counting them ({@link ScreeningQueueSize} does).
     */
    List<Feedback> findByStatusOrderByScreeningDueAtAscIdAsc(FeedbackStatus status, Pageable pageable);

    long countByStatus(FeedbackStatus status);
}
