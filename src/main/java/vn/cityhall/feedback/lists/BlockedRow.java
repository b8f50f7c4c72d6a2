package vn.cityhall.feedback.lists;

/**
 * A blocklist entry as operators see it (they may see the number: they stopped it).
 *
 * @param kindKey the message key of the kind
 * @param blockedBy the operator's name, or {@code null} if unknown
 * @param blockedAt date and time in the city's zone, formatted
 */
public record BlockedRow(long id, String kind, String kindKey, String sender, String reason, String blockedBy,
        String blockedAt) {
}
