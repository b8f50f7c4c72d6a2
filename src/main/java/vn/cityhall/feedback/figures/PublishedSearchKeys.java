package vn.cityhall.feedback.figures;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.cityhall.shared.Texts;

/**
 * Keeps {@code feedback_item.published_search}, the folded published question and answer that the
 * portal's search reads, filled: every minute, one node (ShedLock) folds the published items that lack
 * it. The publish action may fill it itself, or set it to {@code null} when it changes the published
 * texts, and this job catches up within a minute. Only published columns are folded, never the
 * original text.
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
