package vn.cityhall.tasks.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskManagement;

/** In a database of its own (a context of its own), so that every task in it went through the counters. */
@SpringBootTest(properties = "cityhall.test.context=tally-rebuild")
@DatabaseTest
class TallyRebuildIntegrationTests {

    @Autowired
    TaskManagement management;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    Clock clock;

    @Test
    void aRebuildFromTheTasksGivesTheSameCountersAsTheIncrementalUpdates() throws Exception {
        StaffUser chairman = (StaffUser) accounts.loadUserByUsername("chutich");
        StaffUser officer = (StaffUser) accounts.loadUserByUsername("canbo.hoankiem");
        long commune = officer.unit().value();
        TaskId done = management.assign(chairman, new TaskManagement.Assignment("Dọn vỉa hè phố Hàng Bạc", null,
                commune, officer.personId(), null, null, null, 4));
        management.complete(officer, done, "Đã hoàn thành", List.of());
        management.assign(chairman, new TaskManagement.Assignment("Kiểm tra quán karaoke", null, commune, null, null,
                null, null, 6));
        TaskId cancelled = management.assign(chairman, new TaskManagement.Assignment("Họp tổ dân phố", null, commune,
                officer.personId(), null, null, null, 2));
        management.cancel(chairman, cancelled, "Không cần nữa");
        jdbc.update("update tasks_task set status = 'DONE', on_time = false, completed_at = due_at where id = ?",
                done.value());

        TallyCounters counters = new TallyCounters(jdbc);
        Map<String, Integer> incremental = counters.counters();
        long counted = new TallyRebuild(dataSource, ZoneId.of("Asia/Ho_Chi_Minh")).run(clock.instant());

        assertThat(counted).isEqualTo(3);
        Map<String, Integer> rebuilt = counters.counters();
        assertThat(rebuilt).isEqualTo(counters.countersFromStates());
        assertThat(rebuilt).as("only the task changed behind the counters' back differs")
                .containsEntry(key(rebuilt, officer.personId(), "DONE_LATE"), 1)
                .doesNotContainKey(key(incremental, officer.personId(), "DONE_ON_TIME"));
        incremental.keySet().removeIf(k -> k.endsWith("/DONE_ON_TIME"));
        rebuilt.keySet().removeIf(k -> k.endsWith("/DONE_LATE"));
        assertThat(rebuilt).isEqualTo(incremental);
    }

    private static String key(Map<String, Integer> counters, long person, String bucket) {
        return counters.keySet().stream().filter(k -> k.endsWith("/" + person + "/" + bucket)).findFirst()
                .orElse("missing " + person + "/" + bucket);
    }
}
