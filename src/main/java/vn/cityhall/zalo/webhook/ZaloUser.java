package vn.cityhall.zalo.webhook;

import java.time.Instant;

/**
 * What the webhook knows of a Zalo user.
 *
 * @param userId the OA-scoped user id
 * @param follower whether they follow the OA, as of the latest follow or unfollow
 * @param followedAt when they last followed, or {@code null}
 * @param unfollowedAt when they last unfollowed, or {@code null}
 * @param lastInteraction their latest interaction (a message, follow, tap on "Nhắn tin", shared info), or
 *        {@code null}: what the 7-day customer-service window counts from (zalo-oa.md §5)
 * @param sharedName the name they shared through {@code user_submit_info}, or {@code null}
 * @param sharedPhone the phone they shared, as Zalo sent it (usually {@code 84…}), or {@code null}
 * @param sharedAt when they shared it, or {@code null}
 */
public record ZaloUser(String userId, boolean follower, Instant followedAt, Instant unfollowedAt,
        Instant lastInteraction, String sharedName, String sharedPhone, Instant sharedAt) {
}
