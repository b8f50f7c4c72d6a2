package vn.cityhall.feedback.api;

import java.util.concurrent.ThreadLocalRandom;

/** Values the API tests share: fresh phone numbers (so the per-phone limit never carries over) and valid bodies. */
final class ApiFixtures {

    private ApiFixtures() {
    }

    /** A mobile number no other test uses. */
    static String freshPhone() {
        return "097" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** A valid JSON submission from {@code phone}, in the environment category, in Hoàn Kiếm ward (00070). */
    static String validBody(String phone) {
        return """
                {"text": "Rác thải tồn đọng nhiều ngày ở đầu ngõ 12 phố Hàng Bông",
                 "categoryCode": "MOI_TRUONG", "communeCode": "00070", "address": "Ngõ 12 Hàng Bông",
                 "latitude": 21.03064, "longitude": 105.84751, "senderName": "Nguyễn Văn An",
                 "senderPhone": "%s", "senderEmail": "an.nguyen@example.vn",
                 "consentProcessing": true, "consentPublishing": true}
                """.formatted(phone);
    }
}
