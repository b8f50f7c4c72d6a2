package vn.cityhall.feedback;

import java.util.Set;

import vn.cityhall.shared.AuditActor;

/** An officer submitted an answer for approval; the handling unit's leaders are told. */
public record FeedbackAnswerSubmitted(long feedbackId, String code, long answerId, long unitId, Set<Long> recipients,
        AuditActor actor) implements FeedbackNotice {

    public FeedbackAnswerSubmitted {
        recipients = Set.copyOf(recipients);
    }

    @Override
    public String auditAction() {
        return "feedback.answer.submitted";
    }

    @Override
    public String auditDetail() {
        return "answer=" + answerId;
    }

    @Override
    public String notificationKind() {
        return "feedback.answer.submitted";
    }

    @Override
    public String titleKey() {
        return "feedback.notification.answerSubmitted";
    }

    @Override
    public String deduplicationKey() {
        return "feedback.answer.submitted:" + answerId;
    }
}
