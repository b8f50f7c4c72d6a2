package vn.cityhall.zalo.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.cityhall.feedback.FeedbackChoice;
import vn.cityhall.feedback.FeedbackChoices;

/** The category, chosen by its number in the list of the intake's categories; 0 leaves it to the officials. */
@Component
class CategoryStep {

    private final FeedbackChoices choices;
    private final ConversationTexts texts;
    private final ContactStep contact;

    CategoryStep(FeedbackChoices choices, ConversationTexts texts, ContactStep contact) {
        this.choices = choices;
        this.texts = texts;
        this.contact = contact;
    }

    void ask(Turn turn) {
        turn.state = ConversationState.CATEGORY;
        List<FeedbackChoice> list = choices.categories(null);
        StringBuilder lines = new StringBuilder(texts.t("categoryAsk"));
        for (int i = 0; i < list.size(); i++) {
            lines.append('\n').append(i + 1).append(". ").append(list.get(i).label());
        }
        lines.append('\n').append(texts.t("categoryUnknown"));
        turn.reply(lines.toString());
    }

    void answer(Turn turn, String key) {
        List<FeedbackChoice> list = choices.categories(null);
        Integer chosen = TypedNumber.between(key, 0, list.size());
        if (chosen == null) {
            turn.say("categoryInvalid", list.size());
            return;
        }
        turn.draft = turn.draft.withCategory(chosen == 0 ? null : Long.valueOf(list.get(chosen - 1).value()));
        contact.askNext(turn);
    }

    /** The category's name for the summary, or "không rõ". */
    String label(Long categoryId) {
        String unknown = texts.t("summaryNoCategory");
        if (categoryId == null) {
            return unknown;
        }
        return choices.categories(null).stream().filter(c -> c.value().equals(String.valueOf(categoryId)))
                .map(FeedbackChoice::label).findFirst().orElse(unknown);
    }
}
