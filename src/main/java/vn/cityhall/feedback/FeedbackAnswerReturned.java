package vn.cityhall.feedback;

import java.util.List;
import java.util.Set;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Notifiable;

/** The leader sent a draft answer back to its author with a note. */
public record FeedbackAnswerReturned(long feedbackId, String code, long answerId, Set<Long> recipients, AuditActor actor)
        implements FeedbackEvent, Notifiable {

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
    public List<String> titleArguments() {
        return List.of(code);
    }

    @Override
    public String link() {
        return "/feedback/items/" + code;
    }

    @Override
    public String deduplicationKey() {
        return "feedback.answer.returned:" + answerId;
    }
}
