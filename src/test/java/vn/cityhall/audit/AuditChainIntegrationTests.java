package vn.cityhall.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.shared.AuditActor;

/** Appending to the real chain on the real database: serialized, gap-free, independent of the caller. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class AuditChainIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void concurrentAppendsFormOneChainWithoutForkOrGap() throws Exception {
        int threads = 8;
        int perThread = 50;
        String marker = "concurrency-" + UUID.randomUUID();
        ConcurrentLinkedQueue<Long> sequences = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<Void> writer = () -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        sequences.add(trail.record(new AuditActor("writer" + thread, null, "10.0.0." + thread),
                                "test.concurrency.appended", "Probe", marker, "thread " + thread + " entry " + i,
                                AuditOutcome.SUCCESS));
                    }
                    return null;
                };
                done.add(pool.submit(writer));
            }
            start.countDown();
            for (Future<Void> future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        Set<Long> distinct = new TreeSet<>(sequences);
        assertThat(sequences).hasSize(threads * perThread);
        assertThat(distinct).as("no two appends got the same position").hasSize(threads * perThread);
        assertThat(AuditRows.byTargetId(jdbc, marker)).hasSize(threads * perThread)
                .extracting(AuditRows.Row::sequence).containsExactlyElementsOf(distinct);

        ChainVerification result = verifier.verify();
        assertThat(result.intact()).as("verification: %s", result).isTrue();
        assertThat(result.lastSequence()).isGreaterThanOrEqualTo(((TreeSet<Long>) distinct).last());
        assertThat(result.entries()).isEqualTo(result.lastSequence());
        Long rows = jdbc.queryForObject("select count(*) from audit_entry where sequence_number <= ?", Long.class,
                result.lastSequence());
        assertThat(rows).as("numbers 1..head without a gap").isEqualTo(result.lastSequence());
    }

    @Test
    void anAppendWaitsForAnotherNodeHoldingTheChainHeadInsteadOfFailing() throws Exception {
        String marker = "waiting-" + UUID.randomUUID();
        CountDownLatch locked = new CountDownLatch(1);
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = otherNode.submit(() -> transactions.executeWithoutResult(status -> {
                jdbc.queryForList("select last_sequence from audit_chain_head where id = 1 for update");
                locked.countDown();
                sleep(3_000);
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            long sequence = trail.record(AuditActor.system(), "test.lock.waited", "Probe", marker, null,
                    AuditOutcome.SUCCESS);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofSeconds(1));
            holder.get(10, TimeUnit.SECONDS);
            assertThat(AuditRows.bySequence(jdbc, sequence).targetId()).isEqualTo(marker);
        } finally {
            otherNode.shutdownNow();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anEntryIsKeptWhenTheCallersTransactionRollsBack() {
        String marker = "rollback-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            trail.record(AuditActor.system(), "test.rollback.attempted", "Probe", marker, null, AuditOutcome.FAILURE);
            status.setRollbackOnly();
        });
        assertThat(AuditRows.byTargetId(jdbc, marker)).singleElement()
                .satisfies(row -> assertThat(row.outcome()).isEqualTo(AuditOutcome.FAILURE));
    }

    @Test
    void storesExactlyWhatItHashesSoTheChainStaysVerifiable() {
        String marker = "text-" + UUID.randomUUID();
        String decomposed = Normalizer.normalize("Phường Hoàn Kiếm\nđổi tên ", Normalizer.Form.NFD);
        long sequence = trail.record(new AuditActor("quản.trị", 5L, "2001:db8::1"), "test.text.stored", "Đơn vị",
                marker, decomposed + "x".repeat(2000), AuditOutcome.SUCCESS);

        AuditRows.Row row = AuditRows.bySequence(jdbc, sequence);
        assertThat(row.detail()).startsWith("Phường Hoàn Kiếm đổi tên x").endsWith("…")
                .hasSize(AuditDraft.DETAIL_MAX);
        assertThat(row.actor()).isEqualTo("quản.trị");
        assertThat(row.sourceAddress()).isEqualTo("2001:db8::1");
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void refusesAnEntryWithoutAnActionAndWritesNothing() {
        long before = AuditRows.head(jdbc);
        assertThatThrownBy(() -> trail.record(AuditActor.system(), " ", "Probe", "x", null, AuditOutcome.SUCCESS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AuditRows.after(jdbc, before)).noneMatch(row -> "x".equals(row.targetId()));
    }
}
