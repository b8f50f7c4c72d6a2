package vn.cityhall.zalo.fake;

import java.time.Instant;

/**
 * A message the fake accepted: a CS message to a user id, or a ZNS template to a phone.
 *
 * @param recipient the user id (CS) or the phone as sent, {@code 84…} (ZNS)
 * @param messageId the id the fake answered ({@code message_id} or {@code msg_id})
 * @param text the text of a CS message, or the template data (as JSON) of a ZNS message
 * @param trackingId the ZNS {@code tracking_id}, or {@code null}
 * @param templateType the {@code template_type} of a CS template message (e.g. {@code request_user_info}), or
 *        {@code null}
 */
public record FakeMessage(FakeEndpoint endpoint, String recipient, String messageId, String text, String trackingId,
        Instant at, String templateType) {
}
