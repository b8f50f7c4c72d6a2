package vn.cityhall.zalo.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
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

    /**
     * Asks for a drain on the worker thread once the settle time has passed; wakes arriving while one is queued
     * are folded into it, and a drain that leaves events still settling asks for another.
     */
    void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            try {
                thread.schedule(() -> {
                    wakeQueued.set(false);
                    drainQuietly();
                    if (events.anySettling(clock.instant().minus(settings.settle()))) {
                        wake();
                    }
                }, settings.settle().toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                wakeQueued.set(false); // shutting down: the next start's sweep takes the event
            }
        }
    }

    @Scheduled(fixedDelayString = "${cityhall.zalo.webhook.sweep-interval:15s}",
            initialDelayString = "${cityhall.zalo.webhook.sweep-interval:15s}")
    void sweep() {
        if (zalo.enabled()) {
            wake();
        }
    }

    /**
     * Processes the due events (received at least the settle time ago) until none is left that this node can
     * take; returns how many were processed.
     */
    int drain() {
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
