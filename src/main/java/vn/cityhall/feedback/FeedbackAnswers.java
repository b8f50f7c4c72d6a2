package vn.cityhall.feedback;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Draft answers and their decisions. */
public interface FeedbackAnswers extends JpaRepository<FeedbackAnswer, Long> {

    List<FeedbackAnswer> findByItemIdOrderByDraftedAtDesc(long itemId);

    Optional<FeedbackAnswer> findFirstByItemIdAndState(long itemId, FeedbackAnswer.State state);
}
