package vn.cityhall.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import vn.cityhall.shared.CityZone;

/**
 * An audit entry for display or export.
 *
 * @param sequence the position in the chain, from 1, without gaps
 * @param actorUsername the login name, the attempted name of a failed login, or {@code system}
 * @param actorPersonId the staff member's id, when known
 * @param sourceAddress the client address, when the action came from a request
 * @param hash SHA-256 over the entry and {@code previousHash}, 64 hex digits
 */
public record AuditEntryView(long sequence, Instant occurredAt, String actorUsername, Long actorPersonId,
        String sourceAddress, String action, String targetType, String targetId, String detail,
        AuditOutcome outcome, String previousHash, String hash) {

    private static final DateTimeFormatter CITY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(CityZone.ID);

    /** When it happened in the city's time zone, {@code dd/MM/yyyy HH:mm:ss}. */
    public String cityTime() {
        return CITY_TIME.format(occurredAt);
    }
}
