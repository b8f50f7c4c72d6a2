package vn.cityhall.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Group commit of audit entries on this node. Every writer queues its entry and then takes a local
 * lock; whoever holds it writes everything queued so far in one transaction of the {@link AuditChain}
 * (one lock of the chain head, one commit) and hands each writer its sequence number. Writers that
 * arrive while a batch is being written wait for the lock and usually find their entry written by
 * the next batch. Each writer still returns only once its own entry has committed. A batch that fails because
 * the chain head is busy fails each of its writers, who try again; any other failure is retried entry by
 * entry, so that an entry at fault fails only its own writer. Without it, concurrent writers (the asynchronous
 * listeners of a busy intake) each held a database connection while queueing on the chain head.
 */
@Component
class AuditGroupCommit {

    /** The most entries one transaction writes. */
    static final int MAX_BATCH = 500;

    private final AuditChain chain;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    AuditGroupCommit(AuditChain chain) {
        this.chain = chain;
    }

    private record Pending(AuditDraft draft, CompletableFuture<Long> sequence) {
    }

    /** Appends the entry, with others waiting at the same time, and returns its sequence number. */
    long append(AuditDraft draft) {
        Pending mine = new Pending(draft, new CompletableFuture<>());
        queue.add(mine);
        writing.lock();
        try {
            while (!mine.sequence().isDone()) {
                writeBatch();
            }
        } finally {
            writing.unlock();
        }
        try {
            return mine.sequence().join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** Entries queued and not yet taken by a batch (for tests). */
    int waiting() {
        return queue.size();
    }

    private void writeBatch() {
        List<Pending> batch = new ArrayList<>();
        for (Pending next; batch.size() < MAX_BATCH && (next = queue.poll()) != null; ) {
            batch.add(next);
        }
        try {
            List<Long> sequences = chain.append(batch.stream().map(Pending::draft).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).sequence().complete(sequences.get(i));
            }
        } catch (RuntimeException | Error failure) {
            if (batch.size() == 1 || failure instanceof TransientDataAccessException || failure instanceof Error) {
                batch.forEach(pending -> pending.sequence().completeExceptionally(failure));
            } else {
                // Not a busy chain head: one entry may be at fault. Each one alone, so that it fails only its writer.
                batch.forEach(this::writeAlone);
            }
        }
    }

    private void writeAlone(Pending pending) {
        try {
            pending.sequence().complete(chain.append(List.of(pending.draft())).get(0));
        } catch (RuntimeException failure) {
            pending.sequence().completeExceptionally(failure);
        }
    }
}
