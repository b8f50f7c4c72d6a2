package vn.cityhall.feedback;

/** No item has this code, or the person may not see it: the same 404 in both cases. */
public class FeedbackNotFound extends RuntimeException {

    public FeedbackNotFound(String code) {
        super("No visible feedback item " + code);
    }
}
