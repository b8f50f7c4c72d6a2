package vn.cityhall.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.audit.AuditRows.Row;
import vn.cityhall.organization.PersonId;
import vn.cityhall.organization.PersonUpdated;
import vn.cityhall.organization.UnitCreated;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/** Events of other modules that implement {@link Audited} are recorded once their transaction commits. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class AuditedEventIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAuditedEventIsRecordedAfterItsTransactionCommits() throws Exception {
        String marker = "probe-" + UUID.randomUUID();
        AuditActor actor = new AuditActor("giamdoc.sxd", 8L, "203.0.113.9");
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ProbeChanged(marker, "renamed to Sở Xây dựng", actor));
            // Not yet: the listener runs only after the commit.
            assertThat(AuditRows.byTargetId(jdbc, marker)).isEmpty();
        });

        List<Row> rows = AuditRows.await(jdbc, marker, found -> !found.isEmpty());
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("test.probe.changed");
            assertThat(row.targetType()).isEqualTo("Probe");
            assertThat(row.detail()).isEqualTo("renamed to Sở Xây dựng");
            assertThat(row.actor()).isEqualTo("giamdoc.sxd");
            assertThat(row.actorPersonId()).isEqualTo(8L);
            assertThat(row.sourceAddress()).isEqualTo("203.0.113.9");
            assertThat(row.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        });
        assertThat(awaitCompletedPublication(marker)).as("the publication registry marks the delivery done").isTrue();
    }

    @Test
    void anEventOfARolledBackTransactionIsNotRecorded() throws Exception {
        String rolledBack = "rolled-back-" + UUID.randomUUID();
        String committed = "committed-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ProbeChanged(rolledBack, null, AuditActor.system()));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> events.publishEvent(
                new ProbeChanged(committed, null, AuditActor.system())));

        assertThat(AuditRows.await(jdbc, committed, found -> !found.isEmpty())).hasSize(1);
        assertThat(AuditRows.byTargetId(jdbc, rolledBack)).isEmpty();
    }

    @Test
    void organizationEventsAreRecordedWithTheirOwnActionNames() throws Exception {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        PersonId person = new PersonId(987_654_321L);
        AuditActor admin = new AuditActor("admin", 1L, "198.51.100.4");
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new UnitCreated(code, admin));
            events.publishEvent(new PersonUpdated(person, "roles [LEADER] " + code, admin));
        });

        assertThat(AuditRows.await(jdbc, code, found -> !found.isEmpty())).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("organization.unit.created");
            assertThat(row.targetType()).isEqualTo("Unit");
            assertThat(row.actor()).isEqualTo("admin");
        });
        String personTarget = new PersonUpdated(person, "", admin).auditTargetId();
        assertThat(AuditRows.await(jdbc, personTarget, found -> found.stream()
                .anyMatch(row -> ("roles [LEADER] " + code).equals(row.detail()))))
                .anySatisfy(row -> {
                    assertThat(row.action()).isEqualTo("organization.person.updated");
                    assertThat(row.detail()).isEqualTo("roles [LEADER] " + code);
                });
    }

    private boolean awaitCompletedPublication(String marker) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            Long done = jdbc.queryForObject("select count(*) from event_publication where serialized_event like ? "
                    + "and completion_date is not null", Long.class, "%" + marker + "%");
            if (done != null && done == 1) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** A module's event, as the audit module sees it: only through {@link Audited}. */
    public record ProbeChanged(String id, String change, AuditActor actor) implements Audited {

        @Override
        public String auditAction() {
            return "test.probe.changed";
        }

        @Override
        public String auditTargetType() {
            return "Probe";
        }

        @Override
        public String auditTargetId() {
            return id;
        }

        @Override
        public String auditDetail() {
            return change;
        }
    }
}
