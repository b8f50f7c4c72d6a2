package vn.cityhall.zalo.conversation;

import java.util.Locale;
import java.util.regex.Matcher;

import org.springframework.stereotype.Component;

import vn.cityhall.shared.Texts;

/**
 * What a text means: first the commands that work at any step ("menu", "hủy", "phản ánh của tôi", a tracking
 * code, "sửa" while drafting), then a rating reply ({@link RatingReplies}), then the answer to the current
 * step: a menu number, a tracking code, a question for the knowledge base, or a draft step's answer
 * ({@link DraftSteps}). Texts are compared by their search key, so accents and case do not matter.
 */
@Component
class MenuCommands {

    private final DraftSteps drafts;
    private final RatingReplies ratings;
    private final Lookups lookups;

    MenuCommands(DraftSteps drafts, RatingReplies ratings, Lookups lookups) {
        this.drafts = drafts;
        this.ratings = ratings;
        this.lookups = lookups;
    }

    void menu(Turn turn, boolean greet) {
        turn.go(ConversationState.MENU);
        if (greet) {
            turn.say("greeting");
        }
        turn.say("menu");
    }

    void text(Turn turn, String text) {
        String key = Texts.searchKey(text);
        Matcher code = ZaloConversation.CODE.matcher(text);
        if (key.equals("menu")) {
            menu(turn, true);
        } else if (key.equals("huy") || key.equals("huy bo")) {
            turn.say(turn.state.drafting() ? "cancelled" : "nothingToCancel");
            menu(turn, false);
        } else if (key.equals("phan anh cua toi")) {
            turn.go(ConversationState.MENU);
            turn.reply(lookups.mine(turn.userId()));
        } else if (code.find() && (key.startsWith("tra cuu") || turn.state == ConversationState.TRACK
                || turn.state == ConversationState.MENU || turn.state == ConversationState.RATING)) {
            turn.go(ConversationState.MENU);
            turn.reply(lookups.track(turn.userId(), code.group().toUpperCase(Locale.ROOT)));
        } else if (key.equals("sua") && turn.state.drafting()) {
            drafts.edit(turn);
        } else if (!ratings.handled(turn, key)) {
            byState(turn, text, key);
        }
    }

    private void byState(Turn turn, String text, String key) {
        switch (turn.state) {
            case MENU -> choose(turn, key);
            case TRACK -> turn.say(key.startsWith("tra cuu") || key.isEmpty() ? "trackAsk" : "trackNoCode");
            case QUESTION -> {
                if (key.matches("[1-4]")) {
                    turn.go(ConversationState.MENU);
                    choose(turn, key);
                } else {
                    turn.reply(lookups.answer(text));
                }
            }
            // Not a rating (RatingReplies took those): the citizen has moved on to the menu.
            case RATING -> {
                turn.go(ConversationState.MENU);
                choose(turn, key);
            }
            default -> drafts.answer(turn, text, key);
        }
    }

    private void choose(Turn turn, String key) {
        switch (key) {
            case "1" -> drafts.start(turn);
            case "2", "tra cuu" -> {
                turn.go(ConversationState.TRACK);
                turn.say("trackAsk");
            }
            case "3" -> {
                turn.go(ConversationState.QUESTION);
                turn.say("questionAsk");
            }
            case "4" -> turn.say("guide");
            default -> {
                turn.say("notUnderstood");
                turn.say("menu");
            }
        }
    }
}
