package vn.cityhall.feedback;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The categories, in their display order. */
public interface FeedbackCategories extends JpaRepository<FeedbackCategory, Long> {

    List<FeedbackCategory> findByActiveTrueOrderBySortOrderAsc();
}
