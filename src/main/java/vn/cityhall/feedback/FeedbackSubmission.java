package vn.cityhall.feedback;

import java.util.List;

/**
 * What a sender submits, as typed, from any channel. {@link FeedbackIntake} cleans and checks it.
 *
 * @param categoryId the chosen category, or {@code null} when the sender does not know (screening decides)
 * @param communeId the commune or ward (unit id) where it happens, or {@code null}
 * @param latitude with {@code longitude}: the map pin, or {@code null}
 * @param photos file ids already admitted by the files module (at most {@link FeedbackSettings#maxPhotos()})
 * @param consentProcessing consent to the processing of the contact details (required)
 * @param consentPublishing consent to publishing the masked question and answer
 * @param sourceAddress the network address it came from, for rate limits and the audit trail, or {@code null}
 */
public record FeedbackSubmission(FeedbackChannel channel, String text, Long categoryId, Long communeId,
        String address, Double latitude, Double longitude, String senderName, String senderPhone, String senderEmail,
        boolean consentProcessing, boolean consentPublishing, List<Long> photos, String sourceAddress) {

    public FeedbackSubmission {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
