package vn.cityhall.notifications.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open server-sent-event streams of this node, per person (one per open tab). A push names an event
 * (the topic) and reaches every stream of its recipients on this node; a stream is forgotten when it
 * completes, times out or fails. A comment every {@code heartbeat} keeps proxies from closing idle streams
 * and finds streams whose browser went away.
 */
@Component
public class LiveStreams {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);
    /** Topics become SSE event names: no spaces or line breaks. */
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    /** Sent after a reconnection, so that live parts may refresh what they missed while disconnected. */
    public static final String RECONNECTED = "reconnected";

    private final Map<Long, ConcurrentLinkedDeque<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final AtomicLong eventIds = new AtomicLong();
    private final NotificationSettings settings;

    LiveStreams(NotificationSettings settings) {
        this.settings = settings;
    }

    /**
     * Opens a stream for the person. {@code reconnected} (the browser sent {@code Last-Event-ID}) makes the
     * stream start with {@code notifications} and {@value #RECONNECTED} events, for what was missed.
     */
    public SseEmitter open(long personId, boolean reconnected) {
        SseEmitter emitter = new SseEmitter(settings.streamTimeout().toMillis());
        ConcurrentLinkedDeque<SseEmitter> mine = streams.computeIfAbsent(personId, id -> new ConcurrentLinkedDeque<>());
        emitter.onCompletion(() -> forget(personId, emitter));
        emitter.onTimeout(() -> {
            forget(personId, emitter);
            emitter.complete();
        });
        emitter.onError(error -> forget(personId, emitter));
        mine.addLast(emitter);
        while (mine.size() > settings.maxStreamsPerPerson()) {
            SseEmitter oldest = mine.pollFirst();
            if (oldest != null) {
                oldest.complete();
            }
        }
        // The first message carries an id, so that a reconnecting browser sends Last-Event-ID.
        send(personId, emitter, SseEmitter.event().id(nextId()).reconnectTime(5_000).comment("connected"));
        if (reconnected) {
            send(personId, emitter, event(Inbox.TOPIC));
            send(personId, emitter, event(RECONNECTED));
        }
        return emitter;
    }

    /** Sends an event named {@code topic} to every open stream of the recipients on this node. */
    public void push(Collection<Long> recipients, String topic) {
        if (topic == null || !TOPIC.matcher(topic).matches()) {
            log.warn("Live update with an unusable topic ignored: {}", topic);
            return;
        }
        for (Long personId : recipients) {
            for (SseEmitter emitter : streams.getOrDefault(personId, new ConcurrentLinkedDeque<>())) {
                send(personId, emitter, event(topic));
            }
        }
    }

    /** Number of open streams of a person on this node. */
    public int openStreams(long personId) {
        ConcurrentLinkedDeque<SseEmitter> mine = streams.get(personId);
        return mine == null ? 0 : mine.size();
    }

    /** Closes every stream of a person, e.g. after they signed out. */
    public void closeAll(long personId) {
        ConcurrentLinkedDeque<SseEmitter> mine = streams.remove(personId);
        if (mine != null) {
            mine.forEach(SseEmitter::complete);
        }
    }

    /**
     * Ends every stream when the application stops: open streams are requests in progress, which a graceful
     * shutdown would otherwise wait for until its timeout. Browsers reconnect to another node or later.
     */
    @EventListener(ContextClosedEvent.class)
    void closeEverything() {
        streams.keySet().forEach(this::closeAll);
    }

    @Scheduled(fixedRateString = "${cityhall.notifications.heartbeat:25s}",
            initialDelayString = "${cityhall.notifications.heartbeat:25s}")
    void heartbeat() {
        streams.forEach((personId, mine) -> mine.forEach(emitter ->
                send(personId, emitter, SseEmitter.event().comment("heartbeat"))));
    }

    private SseEmitter.SseEventBuilder event(String name) {
        // Browsers drop events without data, so the data repeats the name.
        return SseEmitter.event().id(nextId()).name(name).data(name);
    }

    private String nextId() {
        return Long.toString(eventIds.incrementAndGet());
    }

    private void send(long personId, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            // The browser went away (or the stream already completed): forget the stream.
            log.debug("Live-update stream of person {} closed: {}", personId, e.getMessage());
            forget(personId, emitter);
        }
    }

    private void forget(long personId, SseEmitter emitter) {
        streams.computeIfPresent(personId, (id, mine) -> {
            mine.remove(emitter);
            return mine.isEmpty() ? null : mine;
        });
    }

    List<SseEmitter> streamsOf(long personId) {
        return List.copyOf(streams.getOrDefault(personId, new ConcurrentLinkedDeque<>()));
    }
}
