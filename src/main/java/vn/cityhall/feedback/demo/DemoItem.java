package vn.cityhall.feedback.demo;

import vn.cityhall.feedback.FeedbackChannel;

/**
 * One demo item: what a citizen wrote, where (ward code, address, pin), with how many photos, and how far
 * along it goes in the demo.
 */
record DemoItem(FeedbackChannel channel, String category, String ward, String address, double latitude, double longitude,
        String text, String sender, int photos, Stage stage) {

    /** How far the demo takes the item. */
    enum Stage {
        RECEIVED, ASSIGNED, ANSWER_PENDING, ANSWERED, PUBLISHED, RATED, REJECTED
    }
}
