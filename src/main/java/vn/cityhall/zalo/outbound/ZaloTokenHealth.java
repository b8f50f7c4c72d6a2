package vn.cityhall.zalo.outbound;

import java.time.Instant;

/**
 * The state of the OA's tokens, for the channel's health page: when the access token expires, when it
 * was last refreshed, and whether the last refresh failed (then the outbox cannot send until an
 * administrator fixes the authorization, zalo-oa.md §6.2).
 *
 * @param accessExpiresAt when the stored access token expires, or {@code null} when none is stored yet
 * @param refreshedAt the last successful refresh, or {@code null}
 * @param refreshFailedAt when the failing refreshes began, or {@code null} when the last refresh succeeded
 * @param refreshError Zalo's answer to the last failed refresh (its whole body), or {@code null}
 */
public record ZaloTokenHealth(Instant accessExpiresAt, Instant refreshedAt, Instant refreshFailedAt,
        String refreshError) {

    public boolean refreshFailing() {
        return refreshFailedAt != null;
    }
}
