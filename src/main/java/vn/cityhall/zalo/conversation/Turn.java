package vn.cityhall.zalo.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.cityhall.zalo.conversation.Conversations.Conversation;
import vn.cityhall.zalo.outbound.ZaloUserInfoRequest;
import vn.cityhall.zalo.webhook.ZaloInbound;

/**
 * One inbound event being answered: the citizen's state before it, what the event changes, and the replies
 * it queues. The steps change it; {@link ZaloConversation} stores it and queues the replies at the end.
 */
final class Turn {

    final ZaloInbound event;
    final Instant now;
    ConversationState state;
    Draft draft;
    /** The answered item whose rating was asked for and not given yet, or {@code null}. */
    Long ratingItemId;
    final List<Reply> replies = new ArrayList<>();
    private final ConversationTexts texts;

    Turn(ZaloInbound event, Conversation current, Instant now, ConversationTexts texts) {
        this.event = event;
        this.now = now;
        this.texts = texts;
        this.state = current == null ? ConversationState.MENU : current.state();
        this.draft = current == null ? null : current.draft();
        this.ratingItemId = current == null ? null : current.ratingItemId();
    }

    String userId() {
        return event.userId();
    }

    /** Replies with the conversation's text {@code key}. */
    void say(String key, Object... arguments) {
        reply(texts.t(key, arguments));
    }

    /** Replies with a text composed elsewhere. */
    void reply(String text) {
        replies.add(new Reply.Text(text));
    }

    /** Replies with Zalo's card that asks the citizen to share their profile's name and phone. */
    void requestUserInfo(ZaloUserInfoRequest card) {
        replies.add(new Reply.UserInfoCard(card));
    }

    /** Moves to another state; leaving the draft steps drops the draft. A pending rating stays pending. */
    void go(ConversationState next) {
        state = next;
        if (!next.drafting()) {
            draft = null;
        }
    }

    /** Starts a new, empty draft at the description step. */
    void startDraft() {
        go(ConversationState.DESCRIBE);
        draft = Draft.empty();
    }
}
