package vn.cityhall.zalo.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.cityhall.feedback.FeedbackIntake;
import vn.cityhall.feedback.FeedbackInvalid;
import vn.cityhall.feedback.FeedbackReceipt;

/**
 * The end of a draft: consent to publishing, the summary, and the confirmation that submits the item through
 * the feedback intake and links it to the citizen's Zalo account (with its private-link secret, sealed), so
 * that they can track and rate it here. A refused submission goes back to the step of the first field at fault.
 */
@Component
class ConfirmationStep {

    private final CategoryStep category;
    private final ContactStep contact;
    private final DraftChecks checks;
    private final FeedbackIntake intake;
    private final Conversations conversations;
    private final ReceiptSecrets secrets;
    private final ConversationTexts texts;

    ConfirmationStep(CategoryStep category, ContactStep contact, DraftChecks checks, FeedbackIntake intake,
            Conversations conversations, ReceiptSecrets secrets, ConversationTexts texts) {
        this.category = category;
        this.contact = contact;
        this.checks = checks;
        this.intake = intake;
        this.conversations = conversations;
        this.secrets = secrets;
        this.texts = texts;
    }

    void publish(Turn turn, String key) {
        Boolean agreed = switch (key) {
            case "1", "co", "dong y" -> Boolean.TRUE;
            case "2", "khong" -> Boolean.FALSE;
            default -> null;
        };
        if (agreed == null) {
            turn.say("publishAsk");
            return;
        }
        turn.draft = turn.draft.withPublish(agreed);
        turn.state = ConversationState.CONFIRM;
        turn.reply(summary(turn.draft));
    }

    private String summary(Draft draft) {
        String location = draft.latitude() == null ? texts.t("summaryNoLocation")
                : draft.latitude().toPlainString() + ", " + draft.longitude().toPlainString()
                        + (draft.address() == null ? "" : " (" + draft.address() + ")");
        return texts.t("summary", draft.text(), category.label(draft.categoryId()), draft.files().size(), location,
                draft.name(), draft.phone(),
                texts.t(Boolean.TRUE.equals(draft.publish()) ? "summaryPublishYes" : "summaryPublishNo"));
    }

    void confirm(Turn turn, String key) {
        if (!key.equals("1") && !key.equals("xac nhan")) {
            turn.say("confirmAsk");
            return;
        }
        List<FeedbackInvalid.FieldError> problems = checks.problems(turn.draft);
        if (!problems.isEmpty()) {
            problems.forEach(error -> checks.explain(turn, error));
            backTo(turn, problems.get(0).field());
            return;
        }
        // Checked just before: a refusal now (a race with the sender limits) rolls back and the event is retried.
        FeedbackReceipt receipt = intake.submit(DraftChecks.submission(turn.draft));
        conversations.link(receipt.id(), turn.userId(), receipt.code(), secrets.seal(receipt.accessToken()),
                turn.now);
        turn.go(ConversationState.MENU);
        turn.say("submitted", receipt.code());
    }

    /** After a refused submission: the step where the first field at fault is asked for again. */
    private void backTo(Turn turn, String field) {
        if (field == null) {
            turn.say("confirmAsk");
            return;
        }
        switch (field) {
            case "text" -> {
                turn.state = ConversationState.DESCRIBE;
                turn.say("describe");
            }
            case "categoryId", "photos" -> category.ask(turn);
            case "senderName" -> {
                turn.draft = turn.draft.withName(null);
                contact.askNext(turn);
            }
            case "senderPhone" -> {
                turn.draft = turn.draft.withPhone(null);
                contact.askNext(turn);
            }
            default -> turn.say("confirmAsk");
        }
    }
}
