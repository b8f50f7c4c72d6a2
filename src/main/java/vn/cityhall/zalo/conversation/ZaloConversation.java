package vn.cityhall.zalo.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.cityhall.zalo.ZaloSettings;
import vn.cityhall.zalo.outbound.ZaloOutbox;
import vn.cityhall.zalo.outbound.ZaloRecipient;
import vn.cityhall.zalo.webhook.ZaloInbound;

/**
 * The Vietnamese conversation with a citizen on Zalo: the menu and commands ({@link MenuCommands}), sending
 * feedback step by step ({@link DraftSteps}: description, photos, files and a location in any order,
 * category, contact details through Zalo's {@code request_user_info} card or typed, publishing consent,
 * summary and confirmation), tracking, the legal Q&amp;A, and the reply to a rating request
 * ({@link RatingReplies}). Each event is one {@link Turn}. It runs inside the transaction that marks the
 * inbound event processed, with the citizen's row locked: their new state and the replies (queued in the
 * outbox under keys derived from the event id, so a reprocessed event never answers twice) commit with that
 * mark, or not at all.
 */
@Component
class ZaloConversation {

    /** A tracking code, e.g. PA-2026-000123. */
    static final Pattern CODE = Pattern.compile("(?i)\\bPA-\\d{4}-\\d{6}\\b");

    private final Conversations conversations;
    private final ConversationTexts texts;
    private final ZaloOutbox outbox;
    private final MenuCommands commands;
    private final DraftSteps drafts;
    private final ZaloSettings settings;
    private final Clock clock;

    ZaloConversation(Conversations conversations, ConversationTexts texts, ZaloOutbox outbox, MenuCommands commands,
            DraftSteps drafts, ZaloSettings settings, Clock clock) {
        this.conversations = conversations;
        this.texts = texts;
        this.outbox = outbox;
        this.commands = commands;
        this.drafts = drafts;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void on(ZaloInbound event) {
        if (event.payload() instanceof ZaloInbound.Unfollow) {
            return;
        }
        Turn turn = new Turn(event, conversations.findForUpdate(event.userId()).orElse(null), clock.instant(), texts);
        ZaloInbound.Payload payload = event.payload();
        if (payload instanceof ZaloInbound.Text text) {
            commands.text(turn, text.text());
        } else if (payload instanceof ZaloInbound.Image image) {
            drafts.media(turn, image.images());
        } else if (payload instanceof ZaloInbound.File file) {
            drafts.media(turn, List.of(file.file()));
        } else if (payload instanceof ZaloInbound.Location location) {
            drafts.location(turn, location);
        } else if (payload instanceof ZaloInbound.SubmitInfo info) {
            drafts.shared(turn, info);
        } else if (payload instanceof ZaloInbound.Follow) {
            commands.menu(turn, true);
        } else if (payload instanceof ZaloInbound.ChatNow) {
            if (!turn.state.drafting()) {
                commands.menu(turn, true);
            }
        } else {
            turn.say("unsupported");
        }
        finish(turn);
    }

    private void finish(Turn turn) {
        Instant expires = turn.state.drafting() ? turn.now.plus(settings.draftExpiry()) : null;
        conversations.save(turn.userId(), turn.state, turn.draft, turn.ratingItemId, turn.now, expires);
        ZaloRecipient recipient = ZaloRecipient.user(turn.userId());
        for (int i = 0; i < turn.replies.size(); i++) {
            String key = "in:" + turn.event.eventId() + ":" + (i + 1);
            Reply reply = turn.replies.get(i);
            if (reply instanceof Reply.UserInfoCard card) {
                outbox.enqueueUserInfoRequest(key, recipient, card.card(), null);
            } else if (reply instanceof Reply.Text text) {
                outbox.enqueueText(key, recipient, text.text(), null);
            }
        }
    }
}
