package vn.cityhall.feedback.figures;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The staff statistics' figures, each filter counted at most once a minute on each node: over
 * 1,000,000 items a count takes about a second, and leaders reload and export the same period.
 */
@Component
class FigureCache {

    static final Duration MAX_AGE = Duration.ofMinutes(1);
    private static final int MAX_ENTRIES = 200;

    private final FeedbackFigures figures;
    private final Clock clock;
    private final Map<FigureFilter, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FigureFilter, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    FigureCache(FeedbackFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    private record Entry(Figures figures, Instant countedAt) {
    }

    Figures figures(FigureFilter filter) {
        Instant now = clock.instant();
        synchronized (entries) {
            Entry cached = entries.get(filter);
            if (cached != null && cached.countedAt().plus(MAX_AGE).isAfter(now)) {
                return cached.figures();
            }
        }
        Figures counted = figures.compute(filter);
        synchronized (entries) {
            entries.put(filter, new Entry(counted, now));
        }
        return counted;
    }
}
