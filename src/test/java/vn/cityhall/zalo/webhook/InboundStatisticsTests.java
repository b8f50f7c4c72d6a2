package vn.cityhall.zalo.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Locale;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;

import vn.cityhall.DatabaseTest;

/** When the worker refreshes the statistics of the event table: at a backlog's start, then every 2,000 events. */
@SpringBootTest
@DatabaseTest
class InboundStatisticsTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBacklogIsAnalysedWhenItIsFirstMetAndThenEveryTwoThousandEvents() throws Exception {
        InboundStatistics statistics = new InboundStatistics(jdbc);
        boolean postgres = JdbcUtils.<String>extractDatabaseMetaData(jdbc.getDataSource(), "getDatabaseProductName")
                .toLowerCase(Locale.ROOT).contains("postgres");
        long before = postgres ? analyses() : 0;

        assertThat(statistics.drainStarting(() -> false)).as("less than a batch pending: nothing to refresh").isFalse();
        assertThat(statistics.batchTaken(40, false)).isFalse();
        assertThat(statistics.batchTaken(100, true)).as("a backlog's first full batch").isEqualTo(postgres);
        if (postgres) {
            await().atMost(Duration.ofSeconds(10)).until(() -> analyses() == before + 1);
        }
        for (int taken = 100; taken < InboundStatistics.REFRESH_EVERY; taken += 100) {
            assertThat(statistics.batchTaken(100, true)).as("after %d events of the backlog", taken).isFalse();
        }
        assertThat(statistics.batchTaken(100, true)).as("2,000 events later").isEqualTo(postgres);
        assertThat(statistics.batchTaken(100, true)).isFalse();

        assertThat(statistics.batchTaken(3, false)).as("a short batch: the rest may be settling").isFalse();
        assertThat(statistics.drainStarting(() -> true)).as("the same backlog, met again as a drain starts").isFalse();
        assertThat(statistics.drainStarting(() -> false)).as("the backlog is gone").isFalse();
        assertThat(statistics.drainStarting(() -> true)).as("a new backlog, analysed before the drain's first batch")
                .isEqualTo(postgres);
        if (postgres) {
            await().atMost(Duration.ofSeconds(10)).until(() -> analyses() == before + 3);
        }
    }

    /** How many times the table in this test's schema was analysed by hand (not by autovacuum). */
    private long analyses() {
        List<Long> counts = jdbc.queryForList("select analyze_count from pg_stat_user_tables"
                + " where relname = 'zalo_inbound_event' and schemaname = current_schema()", Long.class);
        return counts.isEmpty() ? 0 : counts.get(0);
    }
}
