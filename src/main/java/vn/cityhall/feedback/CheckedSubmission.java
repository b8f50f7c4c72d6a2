package vn.cityhall.feedback;

import java.util.List;

/** A submission after cleaning and checking: NFC text, the phone in stored form, consent given. */
record CheckedSubmission(FeedbackChannel channel, String text, Long categoryId, Long communeId, String address,
        Double latitude, Double longitude, String senderName, String senderPhone, String senderEmail,
        boolean consentPublishing, List<Long> photos, String sourceAddress) {
}
