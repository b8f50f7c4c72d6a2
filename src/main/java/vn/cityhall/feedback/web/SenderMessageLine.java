package vn.cityhall.feedback.web;

/** A message sent to the item's sender, as the item page shows it: when, how, what, and where it stands. */
public record SenderMessageLine(String time, String channelKey, String text, String statusKey, boolean failed,
        String detail) {
}
