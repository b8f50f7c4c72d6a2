package vn.cityhall.zalo.outbound;

/**
 * What Zalo answered to one send: the HTTP status, the body's {@code error} (0 on success; Zalo answers
 * most application errors with HTTP 200, so the body decides, zalo-oa.md §1), the id of the sent message
 * ({@code data.message_id} of a CS message, {@code data.msg_id} of a ZNS message) and the raw body.
 * A call that never got an answer (timeout, refused connection) has HTTP status 0 and the failure as body.
 *
 * @param httpStatus the HTTP status, or 0 when no answer came
 * @param error the body's {@code error}, or {@code null} when the body had none (or no answer came)
 * @param messageId the sent message's id on success
 * @param body the raw body, or a description of the transport failure
 */
public record ZaloAnswer(int httpStatus, Integer error, String messageId, String body) {

    static ZaloAnswer unreachable(String description) {
        return new ZaloAnswer(0, null, null, description);
    }

    /** Zalo accepted the message. */
    public boolean accepted() {
        return (error == null || error == 0) && httpStatus / 100 == 2 && messageId != null;
    }

    /** No answer came (timeout, network error). */
    public boolean unreachable() {
        return httpStatus == 0;
    }

    /** The code to record: Zalo's error when it gave one, else the HTTP status (0 when unreachable). */
    public int code() {
        return error != null && error != 0 ? error : httpStatus;
    }
}
