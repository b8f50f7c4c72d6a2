package vn.cityhall.zalo.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.cityhall.feedback.FeedbackChannel;
import vn.cityhall.feedback.FeedbackInvalid;
import vn.cityhall.feedback.FeedbackSubmission;

/**
 * Checks a draft the way the feedback intake will, so that each step refuses what the intake would refuse,
 * with the intake's own Vietnamese messages.
 */
@Component
class DraftChecks {

    private final SubmissionProblems problems;
    private final ConversationTexts texts;

    DraftChecks(SubmissionProblems problems, ConversationTexts texts) {
        this.problems = problems;
        this.texts = texts;
    }

    /** Every problem the intake finds with the draft as a submission. */
    List<FeedbackInvalid.FieldError> problems(Draft draft) {
        return problems.of(submission(draft));
    }

    /**
     * Replies with the errors the draft has in the given field; true when there are some (the caller keeps
     * its draft unchanged then).
     */
    boolean refuses(Turn turn, Draft draft, String field) {
        List<FeedbackInvalid.FieldError> mine = problems(draft).stream()
                .filter(error -> field.equals(error.field())).toList();
        mine.forEach(error -> explain(turn, error));
        return !mine.isEmpty();
    }

    void explain(Turn turn, FeedbackInvalid.FieldError error) {
        turn.reply(texts.raw(error.messageKey(), error.arguments()));
    }

    /** The draft as the intake takes it; confirming the summary is the consent to processing the contact. */
    static FeedbackSubmission submission(Draft draft) {
        return new FeedbackSubmission(FeedbackChannel.ZALO, draft.text(), draft.categoryId(), null, draft.address(),
                draft.latitude() == null ? null : draft.latitude().doubleValue(),
                draft.longitude() == null ? null : draft.longitude().doubleValue(), draft.name(), draft.phone(), null,
                true, Boolean.TRUE.equals(draft.publish()), draft.files(), null);
    }
}
