package vn.cityhall.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.AbstractAggregateRoot;

import vn.cityhall.calendar.CalendarOverrideAdded;
import vn.cityhall.calendar.CalendarOverrideRemoved;
import vn.cityhall.calendar.DayOverride;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Texts;

/**
 * A stored override of the working calendar, entered by an administrator from an official
 * notice. At most one per date. Never changed: to correct one, remove it and add another.
 */
@Entity
@Table(name = "calendar_override")
class CalendarOverride extends AbstractAggregateRoot<CalendarOverride> {

    static final int NOTE_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "override_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    private DayOverride.Kind kind;

    private String note;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CalendarOverride() {
    }

    private CalendarOverride(DayOverride override, String createdBy, Instant createdAt) {
        this.date = Objects.requireNonNull(override.date(), "date");
        this.kind = Objects.requireNonNull(override.kind(), "kind");
        this.note = Texts.cleanOrNull(override.note());
        if (note != null && note.length() > NOTE_LENGTH) {
            throw new IllegalArgumentException("An override's note has at most " + NOTE_LENGTH + " characters");
        }
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Records an override entered by {@code actor}; saving it publishes {@link CalendarOverrideAdded}. */
    static CalendarOverride enter(DayOverride override, AuditActor actor, Instant at) {
        CalendarOverride entry = new CalendarOverride(override, actor.username(), at);
        entry.registerEvent(new CalendarOverrideAdded(entry.date, entry.kind, entry.note, actor));
        return entry;
    }

    /** Marks the override as withdrawn; deleting it then publishes {@link CalendarOverrideRemoved}. */
    CalendarOverride withdraw(AuditActor actor) {
        registerEvent(new CalendarOverrideRemoved(date, kind, note, actor));
        return this;
    }

    DayOverride toDayOverride() {
        return new DayOverride(date, kind, note);
    }

    LocalDate date() {
        return date;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }
}
