package vn.cityhall.feedback.api;

/**
 * One API client as the administrators' page shows it.
 *
 * @param lastUsed when the key was last used, or {@code null} when never
 */
public record ApiClientLine(long id, String name, String keyPrefix, String created, String lastUsed, boolean active) {
}
