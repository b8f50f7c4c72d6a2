package vn.cityhall.zalo.outbound;

/**
 * Zalo's answer to a token refresh (zalo-oa.md §6.1). A refresh succeeded when the body holds an
 * {@code access_token}; the error shape of a failed refresh is not documented, so the whole body is kept.
 *
 * @param accessToken the new access token, or {@code null} when the refresh failed
 * @param refreshToken the new refresh token (the old one is spent), or {@code null}
 * @param expiresInSeconds the access token's lifetime ({@code expires_in}, a string or a number)
 * @param body the raw body, or a description of the transport failure
 */
record ZaloTokenAnswer(String accessToken, String refreshToken, long expiresInSeconds, String body) {

    boolean succeeded() {
        return accessToken != null && !accessToken.isBlank() && refreshToken != null && !refreshToken.isBlank();
    }

    static ZaloTokenAnswer failed(String body) {
        return new ZaloTokenAnswer(null, null, 0, body);
    }
}
