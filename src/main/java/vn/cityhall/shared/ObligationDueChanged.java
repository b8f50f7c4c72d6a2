package vn.cityhall.shared;

import java.time.Instant;

/**
 * The source module moved an obligation's deadline by its own rules (e.g. a complex feedback item
 * re-classified): the matching tasks get the new deadline, and the original one is kept.
 *
 * @param responsibleUnitId the unit whose task changes, or {@code null} for every unit
 */
public record ObligationDueChanged(String sourceModule, String sourceKind, String sourceId, Long responsibleUnitId,
        Instant dueAt, String reason, AuditActor actor) {
}
