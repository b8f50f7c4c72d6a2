package vn.cityhall.feedback.api;

/**
 * An item as its sending client reads it, like the sender's tracking page: where it stands, its dates,
 * the answer once answered or the reason when refused, never the sender's contact details.
 */
record ApiFeedbackView(String code, String status, String statusName, String statusNameEn, String categoryCode,
        String category, String commune, String address, String text, String receivedAt, String screeningDueAt,
        String dueAt, String answeredAt, String answer, String refusal, String refusalEn, String closedAt) {
}
