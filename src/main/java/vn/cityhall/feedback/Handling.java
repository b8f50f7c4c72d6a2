package vn.cityhall.feedback;

import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Texts;

/**
 * Work in the handling unit: internal notes and attachments, an answer drafted by an officer (often from a
 * template) and decided by the unit's leader. The approved answer closes the unit's tasks, goes to the sender
 * (and the senders of merged duplicates) and shows on the tracking page.
 */
@Service
public class Handling {

    static final int MAX_ANSWER = 10_000;

    private final Steps steps;
    private final FeedbackAccess access;
    private final FeedbackAnswers answers;
    private final Feedbacks feedbacks;
    private final UnitLeaders leaders;
    private final Obligations obligations;

    Handling(Steps steps, FeedbackAccess access, FeedbackAnswers answers, Feedbacks feedbacks,
            UnitLeaders leaders, Obligations obligations) {
        this.steps = steps;
        this.access = access;
        this.answers = answers;
        this.feedbacks = feedbacks;
        this.leaders = leaders;
        this.obligations = obligations;
    }

    /** An internal note, optionally with a file already kept by the files module. */
    @Transactional
    public void addNote(String code, String note, Long fileId, StaffUser user) {
        Feedback item = steps.item(code);
        if (!access.mayHandle(user, item) && !access.isOperator(user)) {
            throw new AccessDeniedException("Only the handling unit and operators add notes");
        }
        String text = Texts.cleanOrNull(note);
        if (text == null && fileId == null) {
            throw new FeedbackInvalid(List.of(new FeedbackInvalid.FieldError("note", "feedback.error.noteRequired")));
        }
        steps.internal(item, FeedbackStep.Kind.NOTE, user, item.handlingUnitId(), text, fileId);
    }

    /** An officer submits an answer; the unit's leaders are asked to approve it. */
    @Transactional
    public FeedbackAnswer submitAnswer(String code, String text, StaffUser user) {
        Feedback item = steps.item(code);
        if (!access.mayHandle(user, item)) {
            throw new AccessDeniedException("Only the handling unit answers");
        }
        String answer = Texts.cleanOrNull(text);
        if (answer == null || answer.length() > MAX_ANSWER) {
            throw new FeedbackInvalid(List.of(new FeedbackInvalid.FieldError("answer", "feedback.error.answerLength",
                    MAX_ANSWER)));
        }
        if (answer.contains("{unit}") || answer.contains("{date}") || answer.contains("{result}")) {
            throw new FeedbackInvalid(List.of(new FeedbackInvalid.FieldError("answer",
                    "feedback.error.answerPlaceholders")));
        }
        if (answers.findFirstByItemIdAndState(item.id(), FeedbackAnswer.State.PENDING).isPresent()) {
            throw new FeedbackStateConflict();
        }
        FeedbackAnswer draft = answers.save(new FeedbackAnswer(item.id(), answer, user.personId(), steps.now()));
        Set<Long> approvers = leaders.of(item.handlingUnitId());
        item.register(new FeedbackAnswerSubmitted(item.id(), item.code(), draft.id(), item.handlingUnitId(), approvers,
                AuditActor.current()));
        steps.internal(item, FeedbackStep.Kind.ANSWER_SUBMITTED, user, item.handlingUnitId(), answer, null);
        steps.save(item);
        return draft;
    }

    /** The leader approves the pending answer (it is sent) or returns it to its author with a note. */
    @Transactional
    public void decide(String code, boolean approve, String note, StaffUser user) {
        Feedback item = steps.item(code);
        if (!access.mayApprove(user, item)) {
            throw new AccessDeniedException("Only a leader of the handling unit decides answers");
        }
        FeedbackAnswer draft = answers.findFirstByItemIdAndState(item.id(), FeedbackAnswer.State.PENDING)
                .orElseThrow(FeedbackStateConflict::new);
        String why = Texts.cleanOrNull(note);
        if (!approve && why == null) {
            throw new FeedbackInvalid(List.of(new FeedbackInvalid.FieldError("note", "feedback.error.returnNoteRequired")));
        }
        var now = steps.now();
        draft.decide(approve, why, user.personId(), now);
        if (approve) {
            item.answer(draft.text(), user.personId(), now);
            obligations.done(item, now);
            List<Long> linked = feedbacks.findIdsByDuplicateOf(item.id());
            item.register(new FeedbackAnswered(item.id(), item.code(), item.channel(), draft.text(), now,
                    Boolean.TRUE.equals(item.onTime()), linked, AuditActor.current()));
            steps.visible(item, FeedbackStep.Kind.ANSWERED, user, item.handlingUnitId(), draft.text());
        } else {
            item.register(new FeedbackAnswerReturned(item.id(), item.code(), draft.id(), Set.of(draft.draftedBy()),
                    AuditActor.current()));
            steps.internal(item, FeedbackStep.Kind.ANSWER_RETURNED, user, item.handlingUnitId(), why, null);
        }
        steps.save(item);
    }

    /** The pending answer of an item, if an officer submitted one. */
    @Transactional(readOnly = true)
    public java.util.Optional<FeedbackAnswer> pendingAnswer(Feedback item) {
        return answers.findFirstByItemIdAndState(item.id(), FeedbackAnswer.State.PENDING);
    }
}
