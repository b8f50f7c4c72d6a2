package vn.cityhall.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.calendar.DayOverride;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.shared.AuditActor;

/**
 * Adds and removes the overrides of the working calendar (the calendar pages call it; other
 * modules only read the calendar). Each change is committed first and then evicted from this
 * node's cache, so the next question to the {@link WorkingCalendar} sees it; each publishes an
 * audited event.
 */
@Service
public class OverrideManagement {

    private final StoredOverrides stored;
    private final CachedCalendarOverrides cache;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OverrideManagement(StoredOverrides stored, CachedCalendarOverrides cache, TransactionTemplate transactions,
            Clock clock) {
        this.stored = stored;
        this.cache = cache;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Stores an override; its note is normalised (NFC, trimmed, empty becomes none).
     *
     * @throws OverrideExistsException if the date already has one
     * @throws IllegalArgumentException if the date is outside the calendar's years or the note too long
     */
    public DayOverride add(DayOverride override) {
        if (!WorkingCalendar.supports(override.date().getYear())) {
            throw new IllegalArgumentException("No calendar for " + override.date());
        }
        AuditActor actor = AuditActor.current();
        try {
            return transactions.execute(status -> {
                if (stored.existsByDate(override.date())) {
                    throw new OverrideExistsException(override.date());
                }
                return stored.save(CalendarOverride.enter(override, actor, clock.instant())).toDayOverride();
            });
        } catch (DataIntegrityViolationException e) {
            // Another administrator added one for the same date at the same moment.
            throw new OverrideExistsException(override.date());
        } finally {
            cache.evict(override.date().getYear());
        }
    }

    /** Removes the override of a date; empty if there was none (nothing changes then). */
    public Optional<DayOverride> remove(LocalDate date) {
        AuditActor actor = AuditActor.current();
        try {
            return transactions.execute(status -> stored.findByDate(date).map(entry -> {
                stored.delete(entry.withdraw(actor));
                return entry.toDayOverride();
            }));
        } finally {
            cache.evict(date.getYear());
        }
    }

    /** Thrown when a date already has an override. */
    public static final class OverrideExistsException extends RuntimeException {

        private final LocalDate date;

        OverrideExistsException(LocalDate date) {
            super("An override for " + date + " exists already");
            this.date = date;
        }

        public LocalDate date() {
            return date;
        }
    }
}
