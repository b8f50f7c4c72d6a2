package vn.cityhall.feedback;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;

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
    private final Timeline timeline;
    private final RejectReasons reasons;
    private final SenderResponses responses;
    private final OrganizationDirectory directory;

    FeedbackTracking(Feedbacks feedbacks, FeedbackCategories categories, Timeline timeline, RejectReasons reasons,
            SenderResponses responses, OrganizationDirectory directory) {
        this.feedbacks = feedbacks;
        this.categories = categories;
        this.timeline = timeline;
        this.reasons = reasons;
        this.responses = responses;
        this.directory = directory;
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
        Feedback answered = item.duplicateOf() == null ? item : feedbacks.findById(item.duplicateOf()).orElse(item);
        String refusal = item.rejectReason() == null ? null : reasons.findByCode(item.rejectReason())
                .map(reason -> reason.answer() + (item.rejectNote() == null ? "" : "\n" + item.rejectNote()))
                .orElse(item.rejectNote());
        List<TrackedFeedback.Step> steps = timeline.findByItemIdAndInternalFalseOrderByAtAscIdAsc(item.id()).stream()
                .map(step -> new TrackedFeedback.Step(step.at(), step.kind().messageKey(), unitName(step.unitId()),
                        step.kind() == FeedbackStep.Kind.ANSWERED ? null : step.note()))
                .toList();
        return new TrackedFeedback(item.code(), item.status(), item.receivedAt(), category, item.text(), item.address(),
                unitName(answered.handlingUnitId()), answered.status() == FeedbackStatus.ASSIGNED ? answered.dueAt() : null,
                answered.answerText(), answered.answeredAt(), refusal, answered == item ? null : answered.code(),
                item.rating(), responses.mayRate(item), responses.mayReopen(item), steps);
    }

    private String unitName(Long unitId) {
        return unitId == null ? null : directory.unit(UnitId.of(unitId)).map(UnitNode::name).orElse(null);
    }
}
