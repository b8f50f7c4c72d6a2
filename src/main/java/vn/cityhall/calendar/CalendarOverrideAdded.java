package vn.cityhall.calendar;

import java.time.LocalDate;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/**
 * An administrator entered an override from an official notice: from now on the day is off, or
 * worked, whatever the rules say. Deadlines computed before may now differ.
 *
 * @param date the day overridden
 * @param kind what the override makes of it
 * @param note the notice's reference as entered, or {@code null}
 */
public record CalendarOverrideAdded(LocalDate date, DayOverride.Kind kind, String note, AuditActor actor)
        implements Audited {

    @Override
    public String auditAction() {
        return "calendar.override.added";
    }

    @Override
    public String auditTargetType() {
        return "CalendarOverride";
    }

    @Override
    public String auditTargetId() {
        return date.toString();
    }

    @Override
    public String auditDetail() {
        return note == null ? kind.name() : kind.name() + ": " + note;
    }
}
