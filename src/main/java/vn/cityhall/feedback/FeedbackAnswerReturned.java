package vn.cityhall.feedback;

import java.util.Set;

import vn.cityhall.shared.AuditActor;

/** The leader sent a draft answer back to its author with a note. */
public record FeedbackAnswerReturned(long feedbackId, String code, long answerId, Set<Long> recipients, AuditActor actor)
        implements FeedbackNotice {

    public FeedbackAnswerReturned {
        recipients = Set.copyOf(recipients);
    }

    @Override
    public String auditAction() {
        return "feedback.answer.returned";
    }

    @Override
    public String auditDetail() {
        return "answer=" + answerId;
    }

    @Override
    public String notificationKind() {
        return "feedback.answer.returned";
    }

    @Override
    public String titleKey() {
        return "feedback.notification.answerReturned";
    }

    @Override
    public String deduplicationKey() {
        return "feedback.answer.returned:" + answerId;
    }
}
