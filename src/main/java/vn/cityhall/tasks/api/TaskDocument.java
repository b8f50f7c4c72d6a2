package vn.cityhall.tasks.api;

import java.time.Instant;
import java.util.List;

import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Urgency;
import vn.cityhall.tasks.TaskStatus;

/**
 * A task as JSON: ids and names of the units and people involved, instants in ISO-8601 UTC.
 *
 * @param workingDaysLeft working days until the deadline (0 on the day, negative when overdue), or
 *        {@code null} without a deadline or once closed
 * @param actions what the caller may do now: {@code progress}, {@code notes}, {@code complete},
 *        {@code extension-requests}, {@code extension-decision}, {@code delegation}, {@code cancellation}
 */
public record TaskDocument(long id, String title, String description, Source source, UnitRef responsibleUnit,
        UnitRef holderUnit, PersonRef holderPerson, ObligationRole role, Urgency urgency, TaskStatus status,
        int progress, PersonRef assignedBy, Instant assignedAt, Instant originalDueAt, Instant dueAt, boolean overdue,
        Integer workingDaysLeft, String result, Instant completedAt, Boolean onTime, List<String> actions,
        List<Step> timeline, List<DelegationLink> delegations, List<ExtensionRequest> extensions) {

    /** Where the task comes from; {@code link} is a staff-app path. */
    public record Source(String module, String kind, String reference, String link) {
    }

    public record UnitRef(long id, String code, String name) {
    }

    public record PersonRef(long id, String name) {
    }

    /** One timeline entry; {@code kind} is a {@link vn.cityhall.tasks.TimelineEntry.Kind}. */
    public record Step(String kind, Instant at, PersonRef actor, Integer progress, String text, List<Long> files) {
    }

    public record DelegationLink(Instant at, PersonRef by, UnitRef fromUnit, PersonRef fromPerson, UnitRef toUnit,
            PersonRef toPerson, String note) {
    }

    public record ExtensionRequest(Instant requestedAt, PersonRef requestedBy, String reason, Instant previousDueAt,
            Instant requestedDueAt, String status, Instant decidedAt, PersonRef decidedBy, String decisionNote) {
    }
}
