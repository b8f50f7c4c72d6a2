package vn.cityhall.tasks.web;

/** A message key with its arguments, rendered by the template in the reader's language. */
public record Label(String key, Object... args) {
}
