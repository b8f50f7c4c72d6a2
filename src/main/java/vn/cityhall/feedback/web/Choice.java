package vn.cityhall.feedback.web;

/** An option of a select list. */
public record Choice(String value, String label, boolean selected) {
}
