package vn.cityhall.zalo.outbound;

import java.util.Set;

/**
 * What to do after Zalo's answer to a send (zalo-oa.md §4.4-4.5 for CS messages, §5.3 for ZNS).
 */
enum SendVerdict {
    /** Zalo took the message. */
    ACCEPTED,
    /** Rate limit ({@code -32}), HTTP 5xx, timeout or network error: try again later with a growing delay. */
    RETRY,
    /** The access token is invalid or expired ({@code -216}/{@code -220}): refresh it once and retry once. */
    REAUTH,
    /** The citizen is out of reach on this channel (window closed, not following, blocked): fall back or give up. */
    UNREACHABLE,
    /** Any other refusal: the message as it stands will never go through. */
    PERMANENT;

    /** CS "window / recipient" errors: no retry; ZNS fallback or undeliverable. */
    static final Set<Integer> CS_UNREACHABLE = Set.of(-213, -217, -227, -230, -232, -234, -244);
    /** ZNS errors that mean this phone cannot get it: invalid phone, cannot receive, refused, no account. */
    static final Set<Integer> ZNS_UNREACHABLE = Set.of(-108, -114, -118, -139, -141);

    static SendVerdict of(OutboxChannel channel, ZaloAnswer answer) {
        if (answer.accepted()) {
            return ACCEPTED;
        }
        if (answer.unreachable()) {
            return RETRY;
        }
        Integer error = answer.error();
        if (error != null && error != 0) {
            if (error == -32 || (channel == OutboxChannel.ZNS && error == -100)) {
                return RETRY;
            }
            if (error == -216 || error == -220 || (channel == OutboxChannel.ZNS && error == -124)) {
                return REAUTH;
            }
            Set<Integer> unreachable = channel == OutboxChannel.CS ? CS_UNREACHABLE : ZNS_UNREACHABLE;
            return unreachable.contains(error) ? UNREACHABLE : PERMANENT;
        }
        if (answer.httpStatus() >= 500 || answer.httpStatus() == 429) {
            return RETRY;
        }
        return PERMANENT;
    }
}
