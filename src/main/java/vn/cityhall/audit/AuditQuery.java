package vn.cityhall.audit;

import java.time.LocalDate;

/**
 * What to look for in the audit trail; every criterion is optional and they all apply together.
 *
 * @param actor the login name, matched exactly but ignoring case
 * @param actionPrefix the start of the action name, e.g. {@code security.login} or {@code organization.}
 * @param targetType the kind of target, e.g. {@code Unit}, matched exactly
 * @param targetId the target's identifier, matched exactly
 * @param outcome only entries with this outcome
 * @param from the first day (in the city's time zone), inclusive
 * @param to the last day (in the city's time zone), inclusive
 * @param text words that the detail contains, ignoring case
 */
public record AuditQuery(String actor, String actionPrefix, String targetType, String targetId,
        AuditOutcome outcome, LocalDate from, LocalDate to, String text) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null, null, null);

    public AuditQuery {
        actor = AuditDraft.text(actor, AuditDraft.ACTOR_MAX);
        actionPrefix = AuditDraft.text(actionPrefix, AuditDraft.ACTION_MAX);
        targetType = AuditDraft.text(targetType, AuditDraft.TARGET_TYPE_MAX);
        targetId = AuditDraft.text(targetId, AuditDraft.TARGET_ID_MAX);
        text = AuditDraft.text(text, AuditDraft.DETAIL_MAX);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The first day " + from + " is after the last day " + to);
        }
    }
}
