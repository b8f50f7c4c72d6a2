package vn.cityhall.feedback;

/**
 * A step that the item's current state does not allow (e.g. accepting an item that someone else has
 * just rejected). Pages show {@code feedback.error.stateConflict} and change nothing.
 */
public class FeedbackStateConflict extends RuntimeException {

    public FeedbackStateConflict() {
        super("The feedback item is no longer in a state that allows this step");
    }
}
