package vn.cityhall.zalo.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the webhook's events with a group commit: the request threads hand their events to one writer thread,
 * which stores all that arrived while it was busy in one batch and one transaction, and then answers each request
 * whether its event was stored or was a redelivery. A request is answered only after its event is committed,
 * as with an insert of its own, but a thousand events a second cost tens of commits instead of a thousand, and
 * the database works on one connection instead of one per request in flight. A batch that fails (a value the
 * database refuses, a concurrent delivery of the same event on H2) is stored again event by event, so that one
 * event's error is only that event's.
 */
@Component
class InboundWriter {

    /** The most events one batch takes. */
    static final int MAX_BATCH = 128;

    private static final Logger log = LoggerFactory.getLogger(InboundWriter.class);

    /** An event waiting for the writer, and the answer its request waits for. */
    private record Waiting(InboundEvents.Arrival arrival, CompletableFuture<Boolean> stored) {
    }

    private final InboundEvents events;
    private final TransactionTemplate transactions;
    private final LinkedBlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    InboundWriter(InboundEvents events, TransactionTemplate transactions) {
        this.events = events;
        this.transactions = transactions;
        this.writer = new Thread(this::write, "zalo-intake");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Stores an event unless one with the same dedup key is stored, and returns once that is committed:
     * {@code true} if it was stored now.
     *
     * @throws DataAccessException if the event could not be stored
     */
    boolean store(InboundEvents.Arrival arrival) {
        if (!running) {
            return storeNow(arrival); // shutting down: the writer may have stopped
        }
        Waiting waiting = new Waiting(arrival, new CompletableFuture<>());
        queue.add(waiting);
        try {
            while (true) {
                try {
                    return waiting.stored().get(1, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    if (!writer.isAlive() && queue.remove(waiting)) {
                        return storeNow(arrival); // handed over just as the writer stopped
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the Zalo event was being stored", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops after storing every event handed over (within a second of the last). */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(30));
    }

    private void write() {
        List<Waiting> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Waiting first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                storeBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                batch.forEach(waiting -> waiting.stored().completeExceptionally(e));
                log.error("The Zalo intake's writer failed on a batch of {} events", batch.size(), e);
            } finally {
                batch.clear();
            }
        }
    }

    private void storeBatch(List<Waiting> batch) {
        boolean[] stored;
        try {
            List<InboundEvents.Arrival> arrivals = batch.stream().map(Waiting::arrival).toList();
            stored = transactions.execute(status -> events.storeAll(arrivals));
        } catch (RuntimeException failed) {
            log.debug("A batch of {} Zalo events failed; storing them one by one", batch.size(), failed);
            batch.forEach(this::storeAlone);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).stored().complete(stored[i]);
        }
    }

    private void storeAlone(Waiting waiting) {
        try {
            waiting.stored().complete(storeNow(waiting.arrival()));
        } catch (RuntimeException e) {
            waiting.stored().completeExceptionally(e);
        }
    }

    /** One event in a statement of its own. */
    private boolean storeNow(InboundEvents.Arrival arrival) {
        try {
            return events.store(arrival);
        } catch (DuplicateKeyException e) {
            return false; // the same event stored at this very moment by a concurrent delivery (H2)
        }
    }
}
