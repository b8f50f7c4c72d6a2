package vn.cityhall.zalo.webhook;

/** A signed event of a known kind that lacks what that kind carries (e.g. an image event without an image). */
class MalformedEvent extends RuntimeException {

    MalformedEvent(String message) {
        super(message);
    }
}
