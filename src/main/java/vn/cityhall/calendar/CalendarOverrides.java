package vn.cityhall.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The overrides entered from each year's official notices, looked up per solar year. The
 * working calendar asks once per year for each question it answers and keeps nothing, so a
 * change is visible at once; an implementation backed by storage should cache per year and
 * evict on change.
 */
public interface CalendarOverrides {

    /** The overrides of a solar year, keyed by their date; empty, never {@code null}, if there are none. */
    Map<LocalDate, DayOverride> in(int year);

    /** No overrides: the rules alone. */
    static CalendarOverrides none() {
        return InMemoryCalendarOverrides.EMPTY;
    }

    /**
     * A fixed set of overrides held in memory.
     *
     * @throws IllegalArgumentException if two overrides share a date
     */
    static CalendarOverrides of(Collection<DayOverride> overrides) {
        return new InMemoryCalendarOverrides(overrides);
    }

    static CalendarOverrides of(DayOverride... overrides) {
        return of(List.of(overrides));
    }
}
