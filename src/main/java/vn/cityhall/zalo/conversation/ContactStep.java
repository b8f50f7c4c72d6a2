package vn.cityhall.zalo.conversation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.cityhall.feedback.PhoneNumbers;
import vn.cityhall.zalo.webhook.ZaloInbound;

/**
 * The sender's name and phone. Reaching the step sends Zalo's {@code request_user_info} card (a tap shares
 * the Zalo profile's name and phone, which come back as {@code user_submit_info}) and a text saying that
 * typing "Họ tên, số điện thoại" works too; a name alone is taken as well, and the phone asked next. What is
 * typed or shared is checked by the intake's rules before it enters the draft.
 */
@Component
class ContactStep {

    /** "Nguyễn Văn An, 0912 345 678": a name, a comma or semicolon, then something made of phone characters. */
    static final Pattern NAME_AND_PHONE = Pattern.compile("(.+?)\\s*[,;]\\s*([+(]?\\d[\\d .()\\-]{2,})");

    private final DraftChecks checks;
    private final UserInfoCards cards;

    ContactStep(DraftChecks checks, UserInfoCards cards) {
        this.checks = checks;
        this.cards = cards;
    }

    /** After the category (or a fixed detail): the first contact detail still missing, else the publishing question. */
    void askNext(Turn turn) {
        if (turn.draft.name() == null) {
            turn.state = ConversationState.NAME;
            turn.requestUserInfo(cards.card());
            turn.say("nameAsk");
        } else if (turn.draft.phone() == null) {
            turn.state = ConversationState.PHONE;
            turn.say("phoneAsk");
        } else {
            turn.state = ConversationState.PUBLISH;
            turn.say("publishAsk");
        }
    }

    /** The name, or the name and the phone in one message. */
    void name(Turn turn, String text) {
        Matcher both = NAME_AND_PHONE.matcher(text);
        if (!both.matches()) {
            Draft draft = turn.draft.withName(text);
            if (!checks.refuses(turn, draft, "senderName")) {
                turn.draft = draft;
                askNext(turn);
            }
            return;
        }
        Draft named = turn.draft.withName(both.group(1));
        if (checks.refuses(turn, named, "senderName")) {
            return;
        }
        turn.draft = named;
        Draft complete = named.withPhone(both.group(2).strip());
        if (checks.refuses(turn, complete, "senderPhone")) {
            // The name is kept: the next message is taken as the phone.
            turn.state = ConversationState.PHONE;
            return;
        }
        turn.draft = complete;
        askNext(turn);
    }

    void phone(Turn turn, String text) {
        Draft draft = turn.draft.withPhone(text);
        if (!checks.refuses(turn, draft, "senderPhone")) {
            turn.draft = draft;
            askNext(turn);
        }
    }

    /**
     * What the citizen shared through the card ({@code user_submit_info}). It fills the draft at any step; at
     * the contact step the conversation moves on. Without a draft there is nothing to fill.
     */
    void shared(Turn turn, ZaloInbound.SubmitInfo info) {
        if (!turn.state.drafting()) {
            turn.say("infoNoDraft");
            return;
        }
        Draft draft = turn.draft;
        if (info.name() != null && !info.name().isBlank()) {
            draft = draft.withName(info.name());
        }
        if (info.phone() != null && !info.phone().isBlank()) {
            draft = draft.withPhone(PhoneNumbers.normalize(info.phone()).orElse(info.phone().strip()));
        }
        turn.draft = draft;
        turn.say("infoReceived");
        if (turn.state == ConversationState.NAME || turn.state == ConversationState.PHONE) {
            askNext(turn);
        }
    }
}
