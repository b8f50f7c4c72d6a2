package vn.cityhall.shared;

import java.time.Instant;

/**
 * The source module finished (or dropped) an obligation it opened with {@link ObligationOpened}: the
 * tasks module completes or cancels the matching tasks. Completion time decides whether it was on
 * time.
 *
 * @param responsibleUnitId the unit whose task closes, or {@code null} for the tasks of every unit
 * @param outcome done or cancelled
 * @param result a short result summary (e.g. the answer's first lines), or the reason for cancelling
 * @param closedAt when the obligation was fulfilled
 */
public record ObligationClosed(String sourceModule, String sourceKind, String sourceId, Long responsibleUnitId,
        Outcome outcome, String result, Instant closedAt, AuditActor actor) {

    /** How an obligation ended. */
    public enum Outcome {
        DONE,
        CANCELLED
    }
}
