package vn.cityhall.zalo.webhook;

import org.springframework.http.HttpStatus;

/** Why the webhook refused a call; each reason has its answer status and its message in the {@code zalo} bundles. */
enum RejectionReason {
    /** No {@code X-ZEvent-Signature} header. */
    MISSING_SIGNATURE(HttpStatus.UNAUTHORIZED, "zalo.webhook.rejected.missingSignature"),
    /** The body is not a Zalo event (not JSON, no app id, timestamp or event name). */
    UNPARSABLE(HttpStatus.UNAUTHORIZED, "zalo.webhook.rejected.unparsable"),
    /** The body's {@code app_id} is not the configured app's. */
    WRONG_APP(HttpStatus.UNAUTHORIZED, "zalo.webhook.rejected.wrongApp"),
    /** The signature does not match the body. */
    BAD_SIGNATURE(HttpStatus.UNAUTHORIZED, "zalo.webhook.rejected.badSignature"),
    /** The body is larger than any Zalo event. */
    TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "zalo.webhook.rejected.tooLarge");

    private final HttpStatus status;
    private final String messageKey;

    RejectionReason(HttpStatus status, String messageKey) {
        this.status = status;
        this.messageKey = messageKey;
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }
}
