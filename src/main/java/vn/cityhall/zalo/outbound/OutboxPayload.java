package vn.cityhall.zalo.outbound;

import java.util.Map;

/**
 * What an outbound message says, stored as JSON in {@code zalo_outbox.payload}: the text of a
 * customer-service text message (for a {@code request_user_info} card, its readable title and subtitle,
 * shown to staff), the parameters of the ZNS status template used outside the window, and the card itself.
 *
 * @param text the text, NFC, at most {@link ZaloApi#MAX_TEXT} characters
 * @param zns the ZNS template's parameters ({@code template_data}); empty for the default
 * @param userInfo the {@code request_user_info} card, or {@code null} for a text message
 */
record OutboxPayload(String text, Map<String, String> zns, ZaloUserInfoRequest userInfo) {

    /** Characters of the text a ZNS parameter carries when the caller gave no parameters. */
    static final int ZNS_TEXT = 400;

    OutboxPayload {
        zns = zns == null ? Map.of() : Map.copyOf(zns);
    }

    static OutboxPayload text(String text, Map<String, String> zns) {
        return new OutboxPayload(text, zns, null);
    }

    static OutboxPayload userInfo(ZaloUserInfoRequest card) {
        return new OutboxPayload(card.readable(), Map.of(), card);
    }

    /**
     * The template's parameters: the caller's, or the text (cut to {@link #ZNS_TEXT} characters) as
     * {@code noi_dung}, the parameter the city's status template is expected to have.
     */
    Map<String, String> templateData() {
        if (!zns.isEmpty()) {
            return zns;
        }
        return Map.of("noi_dung", text.length() <= ZNS_TEXT ? text : text.substring(0, ZNS_TEXT - 1) + "…");
    }
}
