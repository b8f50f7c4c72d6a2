package vn.cityhall.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Overrides fixed at construction, indexed by year; immutable and so thread-safe. */
final class InMemoryCalendarOverrides implements CalendarOverrides {

    static final InMemoryCalendarOverrides EMPTY = new InMemoryCalendarOverrides(List.of());

    private final Map<Integer, Map<LocalDate, DayOverride>> byYear;

    InMemoryCalendarOverrides(Iterable<DayOverride> overrides) {
        Map<Integer, Map<LocalDate, DayOverride>> index = new HashMap<>();
        for (DayOverride override : overrides) {
            DayOverride previous = index.computeIfAbsent(override.date().getYear(), year -> new HashMap<>())
                    .putIfAbsent(override.date(), override);
            if (previous != null) {
                throw new IllegalArgumentException("Two overrides for " + override.date());
            }
        }
        Map<Integer, Map<LocalDate, DayOverride>> frozen = new HashMap<>();
        index.forEach((year, days) -> frozen.put(year, Map.copyOf(days)));
        this.byYear = Map.copyOf(frozen);
    }

    @Override
    public Map<LocalDate, DayOverride> in(int year) {
        return byYear.getOrDefault(year, Map.of());
    }
}
