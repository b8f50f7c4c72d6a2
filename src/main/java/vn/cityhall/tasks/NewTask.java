package vn.cityhall.tasks;

import java.time.Instant;
import java.util.Objects;

import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Texts;
import vn.cityhall.shared.Urgency;

/**
 * What a new task consists of. Texts are cleaned (NFC, trimmed); the title is required.
 *
 * @param responsiblePersonId the person it is assigned to, or {@code null} for the unit as a whole
 * @param assignedBy the assigner's person id, {@code null} when the system assigned it
 * @param dueAt the deadline, {@code null} only for information
 */
public record NewTask(String title, String description, TaskSource source, long responsibleUnitId,
        Long responsiblePersonId, ObligationRole role, Urgency urgency, Long assignedBy, Instant assignedAt,
        Instant dueAt) {

    public static final int TITLE_MAX = 500;
    public static final int DESCRIPTION_MAX = 10_000;

    public NewTask {
        title = Texts.cleanOrNull(title);
        description = Texts.cleanOrNull(description);
        if (title == null) {
            throw new TaskRuleViolation("tasks.error.titleRequired");
        }
        if (title.length() > TITLE_MAX) {
            throw new TaskRuleViolation("tasks.error.titleTooLong", TITLE_MAX);
        }
        if (description != null && description.length() > DESCRIPTION_MAX) {
            throw new TaskRuleViolation("tasks.error.descriptionTooLong", DESCRIPTION_MAX);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(role, "role");
        urgency = urgency == null ? Urgency.NORMAL : urgency;
        Objects.requireNonNull(assignedAt, "assignedAt");
        if (dueAt == null && role != ObligationRole.INFORM) {
            throw new TaskRuleViolation("tasks.error.dueRequired");
        }
        if (dueAt != null && dueAt.isBefore(assignedAt)) {
            throw new TaskRuleViolation("tasks.error.dueInPast");
        }
    }
}
