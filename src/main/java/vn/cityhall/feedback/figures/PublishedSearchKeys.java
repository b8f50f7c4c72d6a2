package vn.cityhall.feedback.figures;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.cityhall.feedback.FeedbackPublished;
import vn.cityhall.shared.Texts;

/**
 * Keeps {@code feedback_item.published_search}, the folded published question and answer that the
 * portal's search reads: each {@link FeedbackPublished} folds that item's texts again (a republication
 * after reopening changes them), and every minute one node (ShedLock) folds any published item still
 * without a key, e.g. one published while this listener's event was pending. Only published columns
 * are folded, never the original text.
 */
@Component
class PublishedSearchKeys {

    static final int BATCH = 500;
    private static final int MAX_BATCHES = 40;

    private final JdbcTemplate jdbc;

    PublishedSearchKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${cityhall.feedback.figures.search-key-interval:1m}", initialDelayString = "30s")
    @SchedulerLock(name = "feedback.figures.searchKeys", lockAtLeastFor = "10s", lockAtMostFor = "5m")
    void run() {
        for (int batch = 0; batch < MAX_BATCHES && fillBatch() == BATCH; batch++) {
            // keep going while full batches come back
        }
    }

    @ApplicationModuleListener
    void on(FeedbackPublished event) {
        jdbc.query("select published_text, published_answer from feedback_item where id = ? and published_at is not null",
                row -> {
                    jdbc.update("update feedback_item set published_search = ? where id = ?",
                            key(row.getString("published_text"), row.getString("published_answer")), event.feedbackId());
                }, event.feedbackId());
    }

    /** Folds one batch of published items without a search key; returns how many it found. */
    int fillBatch() {
        List<Object[]> keys = jdbc.query("select id, published_text, published_answer from feedback_item"
                + " where published_at is not null and published_search is null order by id limit " + BATCH,
                (row, n) -> new Object[] {key(row.getString("published_text"), row.getString("published_answer")),
                        row.getLong("id")});
        if (!keys.isEmpty()) {
            jdbc.batchUpdate("update feedback_item set published_search = ? where id = ? and published_search is null",
                    keys);
        }
        return keys.size();
    }

    /** The folded question and answer, as {@link Texts#searchKey(String)} writes them. */
    static String key(String question, String answer) {
        return Texts.searchKey((question == null ? "" : question) + " " + (answer == null ? "" : answer));
    }
}
