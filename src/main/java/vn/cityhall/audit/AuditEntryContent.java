package vn.cityhall.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Everything an audit entry says, in the form that is hashed. The hash of entry {@code n} is
 * SHA-256, written as 64 lower-case hex digits, over the UTF-8 bytes of {@link #canonicalForm()}:
 *
 * <pre>
 * cityhall-audit-v1\n
 * sequence:LEN:VALUE\n
 * occurredAt:LEN:VALUE\n      (UTC, always six fraction digits: 2026-03-01T01:02:03.000004Z)
 * actorUsername:LEN:VALUE\n
 * actorPersonId:LEN:VALUE\n
 * sourceAddress:LEN:VALUE\n
 * action:LEN:VALUE\n
 * targetType:LEN:VALUE\n
 * targetId:LEN:VALUE\n
 * detail:LEN:VALUE\n
 * outcome:LEN:VALUE\n
 * previousHash:LEN:VALUE\n
 * </pre>
 *
 * where {@code LEN} is the value's length in UTF-8 bytes and a missing value is written as
 * {@code name:-\n}. The length prefix makes the form unambiguous whatever the values contain (a
 * detail with a newline or a colon cannot imitate another field), and an absent value differs from
 * an empty one. An external auditor can recompute every hash from the table with this description.
 */
record AuditEntryContent(long sequence, Instant occurredAt, String actorUsername, Long actorPersonId,
        String sourceAddress, String action, String targetType, String targetId, String detail,
        AuditOutcome outcome, String previousHash) {

    /** The previous hash of the first entry. */
    static final String GENESIS_HASH = "0".repeat(64);

    static final String FORMAT_TAG = "cityhall-audit-v1";

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    AuditEntryContent {
        if (sequence < 1) {
            throw new IllegalArgumentException("Sequence numbers start at 1: " + sequence);
        }
        if (occurredAt == null || actorUsername == null || action == null || outcome == null) {
            throw new IllegalArgumentException("Time, actor, action and outcome are required");
        }
        if (previousHash == null || !HASH.matcher(previousHash).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 hex hash: " + previousHash);
        }
    }

    String canonicalForm() {
        StringBuilder out = new StringBuilder(256).append(FORMAT_TAG).append('\n');
        field(out, "sequence", Long.toString(sequence));
        field(out, "occurredAt", INSTANT.format(occurredAt));
        field(out, "actorUsername", actorUsername);
        field(out, "actorPersonId", actorPersonId == null ? null : actorPersonId.toString());
        field(out, "sourceAddress", sourceAddress);
        field(out, "action", action);
        field(out, "targetType", targetType);
        field(out, "targetId", targetId);
        field(out, "detail", detail);
        field(out, "outcome", outcome.name());
        field(out, "previousHash", previousHash);
        return out.toString();
    }

    /** The SHA-256 of the canonical form, as 64 lower-case hex digits. */
    String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonicalForm().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append(':');
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        out.append('\n');
    }
}
