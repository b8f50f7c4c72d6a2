package vn.cityhall.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.cityhall.calendar.DayOverride;

class CachedCalendarOverridesTests {

    private final Map<LocalDate, DayOverride> database = new ConcurrentHashMap<>();
    private final AtomicInteger loads = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private final LocalDate monday = LocalDate.of(2026, 3, 9);

    private final CachedCalendarOverrides cache = new CachedCalendarOverrides(year -> {
        loads.incrementAndGet();
        return database.entrySet().stream().filter(e -> e.getKey().getYear() == year)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }, clock, Duration.ofMinutes(1));

    @Test
    void readsEachYearOnceWhileItIsFresh() {
        cache.in(2026);
        cache.in(2026);
        cache.in(2027);
        assertThat(loads).hasValue(2);
    }

    @Test
    void readsAYearAgainWhenItExpires() {
        assertThat(cache.in(2026)).isEmpty();
        database.put(monday, DayOverride.dayOff(monday, "other node"));
        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.in(2026)).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.in(2026)).containsKey(monday);
        assertThat(loads).hasValue(2);
    }

    @Test
    void readsAYearAgainAfterEviction() {
        assertThat(cache.in(2026)).isEmpty();
        database.put(monday, DayOverride.dayOff(monday, null));
        cache.evict(2026);
        assertThat(cache.in(2026)).containsKey(monday);
    }

    @Test
    void doesNotKeepALoadThatRacedWithAnEviction() {
        // The load reads the old state; before it returns, a change is committed and evicted.
        CachedCalendarOverrides[] holder = new CachedCalendarOverrides[1];
        holder[0] = new CachedCalendarOverrides(year -> {
            loads.incrementAndGet();
            Map<LocalDate, DayOverride> old = Map.copyOf(database);
            if (loads.get() == 1) {
                database.put(monday, DayOverride.dayOff(monday, null));
                holder[0].evict(2026);
            }
            return old;
        }, clock, Duration.ofMinutes(1));
        assertThat(holder[0].in(2026)).isEmpty();
        assertThat(holder[0].in(2026)).containsKey(monday);
    }

    @Test
    void returnsImmutableMaps() {
        database.put(monday, DayOverride.dayOff(monday, null));
        assertThat(cache.in(2026)).isUnmodifiable();
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
