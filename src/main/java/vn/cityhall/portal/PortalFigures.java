package vn.cityhall.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;

import vn.cityhall.feedback.figures.FeedbackFigures;
import vn.cityhall.feedback.figures.FigureFilter;
import vn.cityhall.feedback.figures.Figures;
import vn.cityhall.shared.CityZone;

/**
 * The portal's figures, the last twelve months of every item, counted at most once per
 * {@link PortalSettings#figuresMaxAge()} on each node: many visitors cost the database one count a
 * minute. While one request counts again, the others keep showing the previous figures.
 */
@Component
class PortalFigures {

    private final FeedbackFigures figures;
    private final PortalSettings settings;
    private final Clock clock;
    private final ReentrantLock counting = new ReentrantLock();
    private volatile Snapshot snapshot;

    PortalFigures(FeedbackFigures figures, PortalSettings settings, Clock clock) {
        this.figures = figures;
        this.settings = settings;
        this.clock = clock;
    }

    private record Snapshot(Figures figures, Instant countedAt) {
    }

    Figures current() {
        Instant now = clock.instant();
        Snapshot current = snapshot;
        if (current != null && current.countedAt().plus(settings.figuresMaxAge()).isAfter(now)) {
            return current.figures();
        }
        if (current != null && !counting.tryLock()) {
            return current.figures();
        }
        if (current == null) {
            counting.lock();
        }
        try {
            Snapshot latest = snapshot;
            if (latest != null && latest != current) {
                return latest.figures();
            }
            Figures counted = figures.compute(FigureFilter.lastTwelveMonths(YearMonth.now(clock.withZone(CityZone.ID))));
            snapshot = new Snapshot(counted, now);
            return counted;
        } finally {
            counting.unlock();
        }
    }

    /** Forgets the figures, so that the next request counts again (for tests). */
    void forget() {
        snapshot = null;
    }
}
