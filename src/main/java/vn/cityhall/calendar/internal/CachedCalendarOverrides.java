package vn.cityhall.calendar.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import vn.cityhall.calendar.CalendarOverrides;
import vn.cityhall.calendar.DayOverride;

/**
 * The stored overrides, read once per year and kept for a short time. A change made through
 * {@link OverrideManagement} on this node evicts its year at once; a change made on another node
 * is seen when the year's entry expires ({@code ttl}, one minute by default). Safe for
 * concurrent use: a load that races with an eviction is not kept, so it cannot bring an
 * outdated year back into the cache.
 */
class CachedCalendarOverrides implements CalendarOverrides {

    private final IntFunction<Map<LocalDate, DayOverride>> loader;
    private final Clock clock;
    private final Duration ttl;
    private final Map<Integer, Entry> byYear = new ConcurrentHashMap<>();
    private final AtomicLong evictions = new AtomicLong();

    private record Entry(Map<LocalDate, DayOverride> overrides, Instant expires) {
    }

    CachedCalendarOverrides(IntFunction<Map<LocalDate, DayOverride>> loader, Clock clock, Duration ttl) {
        this.loader = loader;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public Map<LocalDate, DayOverride> in(int year) {
        Instant now = clock.instant();
        Entry entry = byYear.get(year);
        if (entry != null && now.isBefore(entry.expires())) {
            return entry.overrides();
        }
        long generation = evictions.get();
        Map<LocalDate, DayOverride> overrides = Map.copyOf(loader.apply(year));
        if (evictions.get() == generation) {
            byYear.put(year, new Entry(overrides, now.plus(ttl)));
        }
        return overrides;
    }

    /** Forgets a year, so that the next question reads it again. */
    void evict(int year) {
        evictions.incrementAndGet();
        byYear.remove(year);
    }
}
