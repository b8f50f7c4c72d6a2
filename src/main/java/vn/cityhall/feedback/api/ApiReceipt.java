package vn.cityhall.feedback.api;

/**
 * The answer to an accepted submission.
 *
 * @param trackingUrl the sender's private link to the item (hand it to the sender; it is not shown again)
 * @param screeningDueAt when screening is due (W3C time with offset)
 */
record ApiReceipt(String code, String trackingUrl, String screeningDueAt) {
}
