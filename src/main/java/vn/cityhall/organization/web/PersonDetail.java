package vn.cityhall.organization.web;

import java.time.Instant;

/** A staff member's page: the list row plus the state of their account (never the credentials). */
public record PersonDetail(PersonRow person, String zaloUserId, int failedLogins, Instant passwordChangedAt,
        Instant createdAt, boolean totpEnabled) {

    public String passwordChangedText() {
        return PersonRow.time(passwordChangedAt);
    }

    public String createdText() {
        return PersonRow.time(createdAt);
    }
}
