package vn.cityhall.feedback.api;

/**
 * One error of an API problem document.
 *
 * @param field the request field at fault, or {@code null} for the request as a whole
 * @param message in Vietnamese
 * @param messageEn the same in English
 */
public record ApiError(String field, String message, String messageEn) {
}
