package vn.cityhall.portal;

/** An option of a select list. */
public record PortalChoice(String value, String label, boolean selected) {
}
