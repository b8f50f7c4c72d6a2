package vn.cityhall.feedback;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The extra questions of the categories. */
public interface CategoryQuestions extends JpaRepository<CategoryQuestion, Long> {

    /** A category's questions in the order the sender sees them. */
    List<CategoryQuestion> findByCategoryIdOrderBySortOrderAscIdAsc(long categoryId);

    boolean existsByCategoryIdAndCode(long categoryId, String code);

    /** Whether some feedback item has answered the question (it must then stay). */
    @Query(value = "select count(*) > 0 from feedback_item_answer where question_id = ?1", nativeQuery = true)
    boolean isAnswered(long questionId);
}
