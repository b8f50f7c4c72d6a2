package vn.cityhall.zalo.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.zalo.ZaloSettings;

/**
 * Works through the stored events, off the webhook's requests: woken when an event is committed and by a
 * sweep every {@code cityhall.zalo.webhook.sweep-interval} (events left by a restart, attempts due again).
 * An event waits {@code cityhall.zalo.webhook.settle} after its arrival before it is processed, so that a
 * user's events that Zalo delivers out of order within that time are still processed in Zalo timestamp order.
 * On each node one thread drains; several nodes drain side by side, the database's row locks keeping each
 * event to one of them and each user's events in order ({@link InboundEvents}). Attachments are fetched
 * before an event's transaction begins, so that no download holds a lock or a connection. While batches come
 * back full, the database's statistics of the events are kept current ({@link InboundStatistics}).
 */
@Component
class InboundWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InboundWorker.class);

    private final InboundEvents events;
    private final InboundProcessing processing;
    private final InboundStatistics statistics;
    private final MediaFetcher fetcher;
    private final ZaloSettings zalo;
    private final ZaloWebhookSettings settings;
    private final JsonMapper json;
    private final Clock clock;
    private long queuedFor = Long.MAX_VALUE; // guarded by this: when the earliest queued drain runs (epoch ms)
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread worker = new Thread(runnable, "zalo-inbound");
        worker.setDaemon(true);
        return worker;
    });

    InboundWorker(InboundEvents events, InboundProcessing processing, InboundStatistics statistics,
            MediaFetcher fetcher, ZaloSettings zalo, ZaloWebhookSettings settings, JsonMapper json, Clock clock) {
        this.events = events;
        this.processing = processing;
        this.statistics = statistics;
        this.fetcher = fetcher;
        this.zalo = zalo;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** Asks for a drain once an event stored now has settled. */
    void wake() {
        wakeAt(clock.instant().plus(settings.settle()));
    }

    /**
     * Asks for a drain on the worker thread at {@code at}, unless one is queued for that time or earlier: the
     * wakes of events arriving together fold into one drain. A drain that leaves events settling asks for the
     * next at the time the first of them settles.
     */
    synchronized void wakeAt(Instant at) {
        long target = at.toEpochMilli();
        if (queuedFor <= target) {
            return;
        }
        queuedFor = target;
        try {
            thread.schedule(this::drainAndRequeue, Math.max(0, target - clock.millis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            queuedFor = Long.MAX_VALUE; // shutting down: the next start's sweep takes the event
        }
    }

    private void drainAndRequeue() {
        synchronized (this) {
            queuedFor = Long.MAX_VALUE;
        }
        drainQuietly();
        try {
            events.firstSettling(clock.instant().minus(settings.settle()))
                    .ifPresent(received -> wakeAt(received.plus(settings.settle())));
        } catch (RuntimeException e) {
            log.warn("Could not tell when the next Zalo events settle; the next sweep goes on", e);
        }
    }

    /** Events left by a restart and attempts due again: a drain now. */
    @Scheduled(fixedDelayString = "${cityhall.zalo.webhook.sweep-interval:15s}",
            initialDelayString = "${cityhall.zalo.webhook.sweep-interval:15s}")
    void sweep() {
        if (zalo.enabled()) {
            wakeAt(clock.instant());
        }
    }

    /**
     * Processes the due events (received at least the settle time ago) until none is left that this node can
     * take; returns how many were processed.
     */
    int drain() {
        statistics.drainStarting(() -> events.pendingAtLeast(settings.batchSize()));
        int processed = 0;
        while (true) {
            Instant now = clock.instant();
            List<InboundEvents.Due> due = events.due(now, now.minus(settings.settle()), settings.batchSize());
            statistics.batchTaken(due.size(), due.size() == settings.batchSize());
            int changed = 0;
            for (InboundEvents.Due event : due) {
                if (EventParser.carriesMedia(event.eventName())) {
                    fetchAttachments(event.id());
                }
                InboundProcessing.Result result = processing.process(event.id());
                if (result != InboundProcessing.Result.SKIPPED) {
                    changed++;
                }
                if (result == InboundProcessing.Result.DONE) {
                    processed++;
                }
            }
            if (changed == 0) {
                return processed;
            }
        }
    }

    /**
     * A failure here (the file store's disk, the database) must not stop the queue behind this event: it is
     * processed anyway, its unfetched attachments keeping their URLs.
     */
    private void fetchAttachments(long eventId) {
        try {
            events.pendingBody(eventId).ifPresent(body -> fetcher.fetch(eventId, json.readTree(body)));
        } catch (RuntimeException e) {
            log.warn("Zalo event {}: fetching its attachments failed; processed with their URLs only", eventId, e);
        }
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            log.warn("Processing the stored Zalo events stopped; the next sweep goes on", e);
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
