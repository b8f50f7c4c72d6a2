package vn.cityhall.tasks.api;

import java.time.Instant;
import java.util.List;

import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Urgency;
import vn.cityhall.tasks.TaskStatus;

/** A task in a list, as JSON. */
public record TaskSummary(long id, String title, TaskDocument.Source source, TaskDocument.UnitRef responsibleUnit,
        TaskDocument.UnitRef holderUnit, TaskDocument.PersonRef holderPerson, ObligationRole role, Urgency urgency,
        TaskStatus status, int progress, Instant assignedAt, Instant dueAt, boolean overdue) {

    /** One page of tasks. */
    public record Page(String view, List<TaskSummary> items, int page, int size, long totalItems, int totalPages) {
    }
}
