package vn.cityhall.feedback;

/** An option of a feedback form's select list (a category or a commune). */
public record FeedbackChoice(String value, String label, boolean selected) {
}
