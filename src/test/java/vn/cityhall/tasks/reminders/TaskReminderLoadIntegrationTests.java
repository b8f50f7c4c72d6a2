package vn.cityhall.tasks.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cityhall.tasks.reminders.ReminderFixtures.at;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.shared.LiveUpdate;

/** Many tasks, and passes running at the same time: batches, and each reminder once. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class TaskReminderLoadIntegrationTests {

    @Autowired
    TaskReminderJob job;

    @Autowired
    TaskReminderSettings settings;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    ReminderFixtures fixtures;
    /** Events published on any thread (the test's event recorder sees only its own thread). */
    final Queue<Object> published = new ConcurrentLinkedQueue<>();
    final ApplicationListener<ApplicationEvent> recorder = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload) {
            published.add(payload.getPayload());
        }
    };

    @BeforeEach
    void setUp() {
        fixtures = new ReminderFixtures(context);
        context.addApplicationListener(recorder);
    }

    @AfterEach
    void tearDown() {
        context.removeApplicationListener(recorder);
        fixtures.deleteCreated();
    }

    @Test
    void readsThousandsOfTasksInBatchesAndDoesNotReadThemAgain() {
        // Wednesday 8 June 2033, 10:00; due Friday 10 June: 2 working days left.
        Instant now = at(2033, 6, 8, 10, 0);
        List<Long> ids = fixtures.insertMany(fixtures.sxdTask(at(2033, 6, 1, 9, 0), at(2033, 6, 10, 17, 0)), 3_000);

        ReminderPass pass = job.pass(now);

        assertThat(settings.batchSize()).isEqualTo(500);
        assertThat(pass.sent(ReminderStep.DUE_SOON)).isEqualTo(3_000);
        assertThat(pass.batches()).isEqualTo(6);
        assertThat(pass.largestBatch()).isEqualTo(500);
        assertThat(onceEach(ids)).isTrue();
        assertThat(published).filteredOn(LiveUpdate.class::isInstance).as("one live update per batch").hasSize(6);

        published.clear();
        ReminderPass again = job.pass(now.plusSeconds(300));
        assertThat(again.tasks()).as("tasks that got their reminder are not read again").isZero();
        assertThat(again.total()).isZero();
        assertThat(published).isEmpty();
    }

    @Test
    void twoPassesAtTheSameTimeSendEachReminderOnce() throws Exception {
        // Wednesday 12 May 2032, 10:00; the tasks were due yesterday.
        Instant now = at(2032, 5, 12, 10, 0);
        List<Long> ids = fixtures.insertMany(fixtures.sxdTask(at(2032, 5, 3, 9, 0), at(2032, 5, 11, 17, 0)), 1_200);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ReminderPass>> passes = List.of(
                    threads.submit(() -> {
                        start.await();
                        return job.pass(now);
                    }),
                    threads.submit(() -> {
                        start.await();
                        return job.pass(now);
                    }));
            start.countDown();
            int overdue = 0;
            int escalated = 0;
            for (Future<ReminderPass> pass : passes) {
                ReminderPass done = pass.get(2, TimeUnit.MINUTES);
                assertThat(done.failedTasks()).isZero();
                overdue += done.sent(ReminderStep.OVERDUE);
                escalated += done.sent(ReminderStep.ESCALATED);
            }
            assertThat(overdue).as("a pass that gives up waiting for the other leaves the rest to the next pass")
                    .isPositive().isLessThanOrEqualTo(1_200);
            ReminderPass next = job.pass(now.plusSeconds(300));
            assertThat(overdue + next.sent(ReminderStep.OVERDUE)).isEqualTo(1_200);
            assertThat(escalated + next.sent(ReminderStep.ESCALATED)).isEqualTo(1_200);
        } finally {
            threads.shutdownNow();
        }

        Map<Long, Map<ReminderStep, Long>> sent = reminders().stream().filter(r -> ids.contains(r.task().value()))
                .collect(Collectors.groupingBy(r -> r.task().value(),
                        Collectors.groupingBy(TaskReminded::step, Collectors.counting())));
        assertThat(sent).hasSize(ids.size());
        assertThat(sent.values()).allSatisfy(steps -> assertThat(steps)
                .containsExactlyInAnyOrderEntriesOf(Map.of(ReminderStep.OVERDUE, 1L, ReminderStep.ESCALATED, 1L)));
        assertThat(jdbc.queryForObject("""
                select count(*) from tasks_reminder where task_id in (:ids)""",
                new MapSqlParameterSource("ids", ids), Integer.class)).isEqualTo(2 * ids.size());
    }

    private boolean onceEach(List<Long> ids) {
        Map<Long, Long> counts = reminders().stream().map(r -> r.task().value()).filter(ids::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.size() == ids.size() && counts.values().stream().allMatch(count -> count == 1);
    }

    private List<TaskReminded> reminders() {
        return published.stream().filter(TaskReminded.class::isInstance).map(TaskReminded.class::cast).toList();
    }
}
