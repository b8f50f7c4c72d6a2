package vn.cityhall.feedback.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.feedback.DuplicateFinder;
import vn.cityhall.feedback.Feedback;
import vn.cityhall.feedback.FeedbackStatus;
import vn.cityhall.feedback.Feedbacks;

/** The demo as a visitor finds it: a queue to screen with a likely duplicate, items at every later step, a year of history. */
@SpringBootTest(properties = "cityhall.demo.feedback=true")
@DatabaseTest
class DemoFeedbackTests {

    @Autowired
    Feedbacks feedbacks;

    @Autowired
    DuplicateFinder duplicates;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyStepHasAnExampleAndTheHistoryFillsTheYear() {
        List<Long> history = jdbc.queryForList("select id from feedback_item where access_token like 'demo-%'", Long.class);
        List<Feedback> current = feedbacks.findAll().stream().filter(item -> !history.contains(item.id())).toList();
        assertThat(history).hasSize(400);
        assertThat(current).hasSize(DemoItems.all().size());
        assertThat(current).extracting(Feedback::status).contains(FeedbackStatus.RECEIVED, FeedbackStatus.ASSIGNED,
                FeedbackStatus.ANSWERED, FeedbackStatus.CLOSED, FeedbackStatus.REJECTED);
        Feedback rated = current.stream().filter(item -> item.rating() != null).findFirst().orElseThrow();
        assertThat(rated.publishedText()).doesNotContain("0912 345 678", "Nguyễn Văn Hải");
        assertThat(rated.photoEntries()).anySatisfy(photo -> assertThat(photo.published()).isTrue());
        Feedback garbage = current.stream().filter(item -> item.text().startsWith("Đầu ngõ Hàng Hành")).findFirst()
                .orElseThrow();
        assertThat(duplicates.suggestionsFor(garbage)).extracting(DuplicateFinder.Suggestion::text)
                .anySatisfy(text -> assertThat(text).startsWith("Rác thải tồn đọng ở đầu ngõ Hàng Hành"));
        assertThat(jdbc.queryForObject("select count(*) from feedback_item where published_at is not null", Long.class))
                .isGreaterThan(100);
        assertThat(jdbc.queryForObject("select count(distinct commune_id) from feedback_item", Long.class))
                .isGreaterThan(20);
        assertThat(jdbc.queryForObject("select count(*) from tasks_task where source_module = 'feedback'", Long.class))
                .isEqualTo(current.stream().filter(item -> item.assignmentRound() > 0).count());
    }
}
