package vn.cityhall.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.ObligationClosed;
import vn.cityhall.shared.ObligationDueChanged;
import vn.cityhall.shared.ObligationOpened;
import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Urgency;

/** Other modules open, re-time and close tasks through the event contract in shared (docs/tasks-events.md). */
@SpringBootTest
@DatabaseTest
class ObligationContractIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Tasks tasks;

    @Autowired
    ApplicationContext context;

    @Test
    void openedObligationBecomesOneTaskPerUnitEvenWhenDeliveredTwice() {
        TaskFixtures fixtures = TaskFixtures.of(context);
        String id = UUID.randomUUID().toString();
        Instant due = Instant.now().plus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        ObligationOpened lead = opened(id, fixtures.unit("00070"), ObligationRole.LEAD, due);
        ObligationOpened coordinate = opened(id, fixtures.unit("01.SXD"), ObligationRole.COORDINATE, due);
        publish(lead);
        publish(coordinate);
        await().atMost(Duration.ofSeconds(10)).until(() -> tasks.findBySource("feedback", "feedback.handling", id).size() == 2);
        publish(lead);

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3))
                .until(() -> tasks.findBySource("feedback", "feedback.handling", id).size() == 2);
        Task task = tasks.findBySourceAndUnit("feedback", "feedback.handling", id, fixtures.unit("00070")).orElseThrow();
        assertThat(task.source().reference()).isEqualTo("PA-2026-000123");
        assertThat(task.source().link()).isEqualTo("/feedback/" + id);
        assertThat(task.role()).isEqualTo(ObligationRole.LEAD);
        assertThat(task.dueAt()).isEqualTo(due);
    }

    @Test
    void longDescriptionsFromOtherModulesAreKeptWhole() {
        TaskFixtures fixtures = TaskFixtures.of(context);
        String id = UUID.randomUUID().toString();
        String description = "Nội dung phản ánh rất dài. ".repeat(350);
        ObligationOpened opened = opened(id, fixtures.unit("00070"), ObligationRole.LEAD,
                Instant.now().plus(Duration.ofDays(3)));
        publish(new ObligationOpened(opened.sourceModule(), opened.sourceKind(), id, opened.reference(), opened.link(),
                opened.title(), description, opened.responsibleUnitId(), null, opened.role(), null, opened.assignedAt(),
                opened.dueAt(), opened.urgency(), opened.actor()));
        await().atMost(Duration.ofSeconds(10)).until(() -> tasks.findBySource("feedback", "feedback.handling", id).size() == 1);
        assertThat(tasks.findBySource("feedback", "feedback.handling", id).get(0).description())
                .hasSize(description.strip().length());
    }

    @Test
    void dueChangeAndClosureReachTheMatchingTasks() {
        TaskFixtures fixtures = TaskFixtures.of(context);
        String id = UUID.randomUUID().toString();
        Instant due = Instant.now().plus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        publish(opened(id, fixtures.unit("00070"), ObligationRole.LEAD, due));
        publish(opened(id, fixtures.unit("01.SXD"), ObligationRole.COORDINATE, due));
        await().atMost(Duration.ofSeconds(10)).until(() -> tasks.findBySource("feedback", "feedback.handling", id).size() == 2);

        Instant later = due.plus(Duration.ofDays(5));
        publish(new ObligationDueChanged("feedback", "feedback.handling", id, null, later, "Phức tạp", AuditActor.system()));
        await().atMost(Duration.ofSeconds(10)).until(() -> tasks.findBySource("feedback", "feedback.handling", id)
                .stream().allMatch(task -> task.dueAt().equals(later)));

        publish(new ObligationClosed("feedback", "feedback.handling", id, null, ObligationClosed.Outcome.DONE,
                "Đã trả lời công dân", Instant.now(), AuditActor.system()));
        await().atMost(Duration.ofSeconds(10)).until(() -> tasks.findBySource("feedback", "feedback.handling", id)
                .stream().allMatch(task -> task.status() == TaskStatus.DONE));
        List<Task> closed = tasks.findBySource("feedback", "feedback.handling", id);
        assertThat(closed).allSatisfy(task -> {
            assertThat(task.onTime()).isTrue();
            assertThat(task.originalDueAt()).isEqualTo(due);
            assertThat(task.resultSummary()).isEqualTo("Đã trả lời công dân");
        });
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private static ObligationOpened opened(String id, long unit, ObligationRole role, Instant due) {
        return new ObligationOpened("feedback", "feedback.handling", id, "PA-2026-000123", "/feedback/" + id,
                "Đèn đường hỏng trên phố Hàng Bài", "Người dân phản ánh 3 cột đèn không sáng", unit, null, role, null,
                Instant.now(), due, Urgency.NORMAL, AuditActor.system());
    }
}
