package vn.cityhall.feedback;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The answer templates. */
public interface AnswerTemplates extends JpaRepository<AnswerTemplate, Long> {

    /** The active templates for a category: its own and those for every category. */
    @Query("select t from AnswerTemplate t where t.active = true and (t.categoryId is null or t.categoryId = ?1) order by t.title")
    List<AnswerTemplate> usableFor(Long categoryId);
}
