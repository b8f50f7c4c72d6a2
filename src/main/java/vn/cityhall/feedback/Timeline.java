package vn.cityhall.feedback;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The timelines of the items. */
public interface Timeline extends JpaRepository<FeedbackStep, Long> {

    List<FeedbackStep> findByItemIdOrderByAtAscIdAsc(long itemId);

    List<FeedbackStep> findByItemIdAndInternalFalseOrderByAtAscIdAsc(long itemId);
}
