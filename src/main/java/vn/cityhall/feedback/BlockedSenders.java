package vn.cityhall.feedback;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The senders operators have stopped, newest first. */
public interface BlockedSenders extends JpaRepository<BlockedSender, Long> {

    Page<BlockedSender> findAllByOrderByBlockedAtDescIdDesc(Pageable page);

    Page<BlockedSender> findBySenderContainingOrderByBlockedAtDescIdDesc(String sender, Pageable page);

    boolean existsByKindAndSender(BlockedSender.Kind kind, String sender);
}
