package vn.cityhall.zalo.fake;

import java.time.Instant;

/**
 * A request the fake received and what it answered.
 *
 * @param accessToken the {@code access_token} header (the {@code secret_key} header for OAuth), or {@code null}
 * @param body the request body as received
 * @param status the HTTP status answered
 * @param answer the body answered
 */
public record FakeCall(FakeEndpoint endpoint, Instant at, String accessToken, String body, int status, String answer) {

    /** Whether the fake answered with {@code "error":0}. */
    public boolean succeeded() {
        return status == 200 && answer.contains("\"error\":0");
    }
}
