package vn.cityhall.calendar;

import java.time.LocalDate;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/**
 * An administrator removed an override: the day is again what the rules make it.
 *
 * @param date the day that was overridden
 * @param kind what the removed override had made of it
 * @param note the removed override's note, or {@code null}
 */
public record CalendarOverrideRemoved(LocalDate date, DayOverride.Kind kind, String note, AuditActor actor)
        implements Audited {

    @Override
    public String auditAction() {
        return "calendar.override.removed";
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
