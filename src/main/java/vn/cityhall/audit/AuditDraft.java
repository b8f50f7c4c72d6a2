package vn.cityhall.audit;

import java.time.Instant;
import java.util.regex.Pattern;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Texts;

/**
 * An entry before it takes its place in the chain: the values are cleaned (Unicode NFC, trimmed,
 * control characters replaced, cut to the column sizes) here, before hashing, so that what is
 * hashed is exactly what the database stores and gives back.
 */
record AuditDraft(String actorUsername, Long actorPersonId, String sourceAddress, String action,
        String targetType, String targetId, String detail, AuditOutcome outcome) {

    static final int ACTOR_MAX = 128;
    static final int ADDRESS_MAX = 64;
    static final int ACTION_MAX = 100;
    static final int TARGET_TYPE_MAX = 64;
    static final int TARGET_ID_MAX = 255;
    static final int DETAIL_MAX = 1000;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    AuditDraft {
        if (actorUsername == null || action == null || outcome == null) {
            throw new IllegalArgumentException("An audit entry needs an actor, an action and an outcome");
        }
    }

    static AuditDraft of(AuditActor actor, String action, String targetType, String targetId, String detail,
            AuditOutcome outcome) {
        AuditActor who = actor == null ? AuditActor.system() : actor;
        String username = text(who.username(), ACTOR_MAX);
        String cleanAction = text(action, ACTION_MAX);
        if (cleanAction == null) {
            throw new IllegalArgumentException("An audit entry needs an action, e.g. organization.unit.created");
        }
        if (outcome == null) {
            throw new IllegalArgumentException("An audit entry needs an outcome");
        }
        return new AuditDraft(username == null ? AuditActor.SYSTEM : username, who.personId(),
                text(who.sourceAddress(), ADDRESS_MAX), cleanAction, text(targetType, TARGET_TYPE_MAX),
                text(targetId, TARGET_ID_MAX), text(detail, DETAIL_MAX), outcome);
    }

    /** The content of this entry at a position of the chain. */
    AuditEntryContent at(long sequence, Instant occurredAt, String previousHash) {
        return new AuditEntryContent(sequence, occurredAt, actorUsername, actorPersonId, sourceAddress, action,
                targetType, targetId, detail, outcome, previousHash);
    }

    /** NFC, no control characters, trimmed, at most {@code max} characters; blank becomes {@code null}. */
    static String text(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = Texts.cleanOrNull(CONTROL.matcher(value).replaceAll(" "));
        if (clean == null || clean.length() <= max) {
            return clean;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(clean.charAt(cut - 1))) {
            cut--;
        }
        return clean.substring(0, cut).strip() + "…";
    }
}
