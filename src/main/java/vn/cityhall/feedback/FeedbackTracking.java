package vn.cityhall.feedback;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracking by the sender: with the tracking code and either the private-link secret or the phone
 * number the item was sent with. A wrong code and a wrong secret give the same answer (nothing), so
 * that codes cannot be probed.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackTracking {

    private final Feedbacks feedbacks;
    private final FeedbackCategories categories;

    FeedbackTracking(Feedbacks feedbacks, FeedbackCategories categories) {
        this.feedbacks = feedbacks;
        this.categories = categories;
    }

    public Optional<TrackedFeedback> withSecret(String code, String secret) {
        return find(code).filter(item -> FeedbackIntake.tokenMatches(item, secret)).map(this::tracked);
    }

    public Optional<TrackedFeedback> withPhone(String code, String phone) {
        Optional<String> normalized = PhoneNumbers.normalize(phone);
        return find(code).filter(item -> normalized.isPresent() && normalized.get().equals(item.senderPhone()))
                .map(this::tracked);
    }

    private Optional<Feedback> find(String code) {
        return code == null ? Optional.empty() : feedbacks.findByCode(code.strip().toUpperCase(Locale.ROOT));
    }

    private TrackedFeedback tracked(Feedback item) {
        String category = item.categoryId() == null ? null
                : categories.findById(item.categoryId()).map(FeedbackCategory::name).orElse(null);
        return new TrackedFeedback(item.code(), item.status(), item.receivedAt(), category, item.text(), item.address());
    }
}
