package vn.cityhall.zalo.outbound;

/**
 * Whom a message goes to: a Zalo user id (a string of digits), and the phone for a ZNS template outside
 * the 7-day window, which is only used when its owner agreed to be contacted that way.
 *
 * @param userId the user's id as the OA sees it
 * @param phone a Vietnamese phone number, or {@code null}
 * @param phoneConsented whether the citizen agreed to receive updates on that phone by ZNS
 */
public record ZaloRecipient(String userId, String phone, boolean phoneConsented) {

    public ZaloRecipient {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("A Zalo message needs the recipient's user id");
        }
    }

    /** A recipient with no phone for a ZNS fallback. */
    public static ZaloRecipient user(String userId) {
        return new ZaloRecipient(userId, null, false);
    }
}
