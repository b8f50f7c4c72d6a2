package vn.cityhall.feedback.api;

/**
 * An item as its sending client reads it, like the sender's tracking page: where it stands, the unit
 * handling it and its deadline, the answer once answered (a merged duplicate's is its master's) or the
 * reason when refused, never the sender's contact details.
 *
 * @param masterCode the item this one was merged into, or {@code null}
 */
record ApiFeedbackView(String code, String status, String statusName, String statusNameEn, String categoryCode,
        String category, String commune, String address, String text, String unit, String receivedAt,
        String screeningDueAt, String dueAt, String answer, String answeredAt, String refusal, String refusalEn,
        String masterCode, String closedAt) {
}
