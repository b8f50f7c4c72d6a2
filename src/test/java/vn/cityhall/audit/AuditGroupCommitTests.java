package vn.cityhall.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import vn.cityhall.shared.AuditActor;

/** Writers that arrive together share one append; an entry at fault fails only its own writer. */
class AuditGroupCommitTests {

    /** A chain that numbers entries in memory, holds the first append until released, and refuses "bad" entries. */
    private static final class ScriptedChain extends AuditChain {

        final CountDownLatch release = new CountDownLatch(1);
        final List<List<String>> appends = new CopyOnWriteArrayList<>();
        private long last;

        ScriptedChain() {
            super(null, Clock.systemUTC());
        }

        @Override
        public synchronized List<Long> append(List<AuditDraft> drafts) {
            appends.add(drafts.stream().map(AuditDraft::action).toList());
            if (appends.size() == 1) {
                await(release);
            }
            if (drafts.stream().anyMatch(draft -> draft.action().equals("bad"))) {
                throw new DataIntegrityViolationException("an entry the database refuses");
            }
            List<Long> numbers = new ArrayList<>();
            drafts.forEach(draft -> numbers.add(++last));
            return numbers;
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static AuditDraft draft(String action) {
        return AuditDraft.of(AuditActor.system(), action, null, null, null, AuditOutcome.SUCCESS);
    }

    @Test
    void writersWaitingTogetherShareOneAppendAndABadEntryFailsOnlyItsWriter() throws Exception {
        ScriptedChain chain = new ScriptedChain();
        AuditGroupCommit commit = new AuditGroupCommit(chain);
        CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> commit.append(draft("first")));
        await().atMost(Duration.ofSeconds(5)).until(() -> chain.appends.size() == 1);
        CompletableFuture<Long> bad = CompletableFuture.supplyAsync(() -> commit.append(draft("bad")));
        CompletableFuture<Long> good = CompletableFuture.supplyAsync(() -> commit.append(draft("good")));
        await().atMost(Duration.ofSeconds(5)).until(() -> commit.waiting() == 2);

        chain.release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(good.get(5, TimeUnit.SECONDS)).isEqualTo(2);
        assertThatThrownBy(() -> bad.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(DataIntegrityViolationException.class);
        assertThat(chain.appends.get(1)).as("the two waiting writers went in one append").hasSize(2)
                .containsExactlyInAnyOrder("bad", "good");
        assertThat(chain.appends.subList(2, chain.appends.size())).as("then each alone")
                .containsExactlyInAnyOrder(List.of("bad"), List.of("good"));
    }
}
