package vn.cityhall.tasks.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.annotation.DirtiesContext;

import vn.cityhall.DatabaseTest;

/**
 * The scheduled pass runs under a ShedLock lock on the database. This context runs the schedule every
 * 200 ms, so it is closed after the class rather than kept running in the context cache.
 */
@SpringBootTest(properties = {"cityhall.tasks.reminders.enabled=true", "cityhall.tasks.reminders.interval=200ms"})
@DatabaseTest
@DirtiesContext
class TaskReminderScheduleIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    ReminderFixtures fixtures;

    @AfterEach
    void deleteTasks() {
        if (fixtures != null) {
            fixtures.deleteCreated();
        }
    }

    @Test
    void theScheduledPassTakesTheTasksRemindersLockAndSendsWhatIsDue() {
        fixtures = new ReminderFixtures(context);
        Instant now = clock.instant();
        long task = fixtures.insert(fixtures.sxdTask(now.minus(Duration.ofDays(2)), now.minus(Duration.ofHours(1))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(fixtures.reminderRows(task, ReminderStep.OVERDUE)).isEqualTo(1);
            assertThat(fixtures.reminderRows(task, ReminderStep.ESCALATED)).isEqualTo(1);
        });
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class,
                TaskReminderSchedule.LOCK)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class,
                TaskReminderSchedule.LOCK)).isNotBlank();
    }

    @Test
    void theScheduledMethodIsLockedByNameAndPacedByTheInterval() throws Exception {
        var run = TaskReminderSchedule.class.getDeclaredMethod("run");
        SchedulerLock lock = run.getAnnotation(SchedulerLock.class);
        assertThat(lock.name()).isEqualTo("tasks.reminders");
        assertThat(lock.lockAtLeastFor()).isEqualTo("${cityhall.tasks.reminders.interval:5m}");
        assertThat(run.getAnnotation(Scheduled.class).fixedDelayString())
                .isEqualTo("${cityhall.tasks.reminders.interval:5m}");
        assertThat(context.getBeansOfType(TaskReminderSchedule.class)).hasSize(1);
    }
}
