package vn.cityhall.zalo.fake;

/**
 * An injected failure: the next {@code count} calls to {@code endpoint} (any endpoint when {@code null})
 * answer HTTP {@code httpStatus}, with {@code {"error": error, "message": …}} when {@code error} is set.
 */
public record FakeFailure(FakeEndpoint endpoint, int count, int httpStatus, Integer error) {

    /** The next {@code count} calls to {@code endpoint} answer HTTP 200 with Zalo's {@code error}. */
    public static FakeFailure error(FakeEndpoint endpoint, int count, int error) {
        return new FakeFailure(endpoint, count, 200, error);
    }

    /** The next {@code count} calls to {@code endpoint} answer this HTTP status with no Zalo body. */
    public static FakeFailure status(FakeEndpoint endpoint, int count, int httpStatus) {
        return new FakeFailure(endpoint, count, httpStatus, null);
    }

    boolean matches(FakeEndpoint called) {
        return endpoint == null || endpoint == called;
    }
}
