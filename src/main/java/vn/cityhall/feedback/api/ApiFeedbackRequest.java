package vn.cityhall.feedback.api;

import java.util.Map;

/**
 * The body of {@code POST /api/v1/feedback}, as the client sends it (read leniently; the intake checks it).
 *
 * @param categoryCode a category's code from {@code GET /api/v1/feedback/categories}, or none (screening decides)
 * @param communeCode the commune's or ward's official code, e.g. {@code 00070}, or none
 * @param answers the answers to the category's extra questions, by question code
 */
record ApiFeedbackRequest(String text, String categoryCode, String communeCode, String address, Double latitude,
        Double longitude, String senderName, String senderPhone, String senderEmail, Boolean consentProcessing,
        Boolean consentPublishing, Map<String, String> answers) {
}
