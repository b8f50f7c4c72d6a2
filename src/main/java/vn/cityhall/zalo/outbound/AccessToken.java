package vn.cityhall.zalo.outbound;

/**
 * An access token to call Zalo with, or why there is none (the refresh failed: the reason is Zalo's
 * answer or the transport failure).
 */
record AccessToken(String value, String failure) {

    static AccessToken of(String value) {
        return new AccessToken(value, null);
    }

    static AccessToken unavailable(String failure) {
        return new AccessToken(null, failure);
    }

    boolean available() {
        return value != null;
    }
}
