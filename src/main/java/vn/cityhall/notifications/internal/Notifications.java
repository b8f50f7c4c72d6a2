package vn.cityhall.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** In-app notifications; every query is for one recipient. */
interface Notifications extends JpaRepository<Notification, Long> {

    Optional<Notification> findByRecipientIdAndDedupKey(long recipientId, String dedupKey);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    List<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable pageable);

    Page<Notification> findByRecipientId(long recipientId, Pageable pageable);

    Page<Notification> findByRecipientIdAndReadAtIsNull(long recipientId, Pageable pageable);

    Page<Notification> findByRecipientIdAndKind(long recipientId, String kind, Pageable pageable);

    Page<Notification> findByRecipientIdAndKindAndReadAtIsNull(long recipientId, String kind, Pageable pageable);

    @Query("select distinct n.kind from Notification n where n.recipientId = :recipientId order by n.kind")
    List<String> findKindsOf(long recipientId);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(long recipientId, Instant now);
}
