package vn.cityhall.zalo.conversation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The citizen's reply to a rating request ("Đánh giá 1–5", sent with an answer by {@link StatusUpdates}).
 * While a rating is pending, a message is taken as the rating when it is
 * <ul>
 * <li>an explicit rating, at any step: a number from 1 to 5 after "đánh giá" or before "sao", "điểm" or "/5",
 * the whole message being that ("đánh giá 4", "4 sao", "Đánh giá: 5 sao", "3/5"; accents optional); or</li>
 * <li>a bare number from 1 to 5 where a number means nothing else: at the rating question itself, and at the
 * draft steps that take free text (the description, of at least 10 characters, the name and the phone).
 * At the menu, the questions, the category list, the publishing question and the confirmation, a bare number
 * keeps its meaning there.</li>
 * </ul>
 * The request stays pending while the citizen writes a draft, tracks an item or asks a question, until a
 * rating reply is handled (recorded, or refused because the item may no longer be rated) or the request of a
 * newer answer replaces it. The rating is recorded only for the citizen's own item, and only while the
 * feedback module still takes ratings for it ({@link Lookups#rate}).
 */
@Component
class RatingReplies {

    /** On the search key (lower case, no accents): an optional "danh gia", 1 to 5, an optional unit. */
    static final Pattern RATING = Pattern.compile("(danh gia\\s*:?\\s*)?([1-5])\\s*(sao|diem|/\\s*5)?\\s*[.!]*");

    private final Lookups lookups;

    RatingReplies(Lookups lookups) {
        this.lookups = lookups;
    }

    /** The stars the message gives at this step, or {@code null} when it is not a rating there. */
    static Integer stars(String key, ConversationState state) {
        Matcher rating = RATING.matcher(key);
        if (!rating.matches()) {
            return null;
        }
        boolean explicit = rating.group(1) != null || rating.group(3) != null;
        return explicit || bareNumberIsRating(state) ? Integer.valueOf(rating.group(2)) : null;
    }

    private static boolean bareNumberIsRating(ConversationState state) {
        return state == ConversationState.RATING || state == ConversationState.DESCRIBE
                || state == ConversationState.NAME || state == ConversationState.PHONE;
    }

    /** Records the message as the pending rating if it is one; false when it is something else. */
    boolean handled(Turn turn, String key) {
        if (turn.ratingItemId == null && turn.state != ConversationState.RATING) {
            return false;
        }
        Integer stars = stars(key, turn.state);
        if (stars == null) {
            return false;
        }
        turn.reply(lookups.rate(turn.userId(), turn.ratingItemId, stars));
        turn.ratingItemId = null;
        if (turn.state == ConversationState.RATING) {
            turn.go(ConversationState.MENU);
        } else if (turn.state.drafting()) {
            turn.say("ratingDraftKept");
        }
        return true;
    }
}
