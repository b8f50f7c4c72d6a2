package vn.cityhall.zalo.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.cityhall.feedback.FeedbackAccepted;
import vn.cityhall.feedback.FeedbackAnswered;
import vn.cityhall.feedback.FeedbackAssigned;
import vn.cityhall.feedback.FeedbackReceived;
import vn.cityhall.feedback.FeedbackRejected;
import vn.cityhall.feedback.FeedbackReopened;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.zalo.outbound.ZaloOutbox;
import vn.cityhall.zalo.outbound.ZaloRecipient;

/**
 * Tells citizens on Zalo what happens to the items they sent there: received, accepted, rejected with the
 * reason, assigned to a unit with its deadline, answered (then the rating request, and the conversation waits
 * for a rating from 1 to 5, even while the citizen writes a draft: see {@link RatingReplies}), reopened. Items not sent through Zalo are left alone. Each message's key names the
 * event ({@code fb:<event>:<itemId>[:<round or time>]}), so a redelivered event queues nothing more.
 */
@Component
class StatusUpdates {

    private final Conversations conversations;
    private final ZaloOutbox outbox;
    private final ConversationTexts texts;
    private final OrganizationDirectory directory;
    private final Clock clock;

    StatusUpdates(Conversations conversations, ZaloOutbox outbox, ConversationTexts texts,
            OrganizationDirectory directory, Clock clock) {
        this.directory = directory;
        this.conversations = conversations;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(FeedbackReceived event) {
        send(event.feedbackId(), "fb:received:" + event.feedbackId(), "update.received", event.code());
    }

    @ApplicationModuleListener
    void on(FeedbackAccepted event) {
        send(event.feedbackId(), "fb:accepted:" + event.feedbackId(), "update.accepted", event.code());
    }

    @ApplicationModuleListener
    void on(FeedbackRejected event) {
        send(event.feedbackId(), "fb:rejected:" + event.feedbackId(), "update.rejected", event.code(),
                event.answer() == null ? "" : event.answer());
    }

    @ApplicationModuleListener
    void on(FeedbackAssigned event) {
        send(event.feedbackId(), "fb:assigned:" + event.feedbackId() + ":" + event.round(), "update.assigned",
                event.code(), event.unitName(), event.dueAt() == null ? "" : Lookups.when(event.dueAt()));
    }

    @ApplicationModuleListener
    void on(FeedbackReopened event) {
        send(event.feedbackId(), "fb:reopened:" + event.feedbackId() + ":" + event.reopenCount(), "update.reopened",
                event.code(), unitName(event), event.dueAt() == null ? "" : Lookups.when(event.dueAt()));
    }

    /** The answer goes to the item's sender and to the senders of the items merged into it. */
    @ApplicationModuleListener
    void on(FeedbackAnswered event) {
        List<Long> items = new ArrayList<>();
        items.add(event.feedbackId());
        if (event.linkedItemIds() != null) {
            event.linkedItemIds().stream().filter(id -> !items.contains(id)).forEach(items::add);
        }
        long at = event.answeredAt().toEpochMilli();
        for (long item : items) {
            Optional<Conversations.Link> link = conversations.link(item);
            if (link.isEmpty()) {
                continue;
            }
            String code = link.get().code();
            ZaloRecipient recipient = ZaloRecipient.user(link.get().userId());
            outbox.enqueueText("fb:answered:" + item + ":" + at, recipient,
                    texts.t("update.answered", code, event.answer()), item);
            boolean drafting = awaitRating(link.get().userId(), item);
            outbox.enqueueText("fb:rate:" + item + ":" + at, recipient,
                    texts.t(drafting ? "update.ratingAskWhileDrafting" : "update.ratingAsk", code), item);
        }
    }

    /**
     * The conversation waits for the rating ({@link RatingReplies} says which replies count). A citizen who is
     * writing a draft stays at their step, the rating pending beside it; true then.
     */
    private boolean awaitRating(String userId, long itemId) {
        Optional<Conversations.Conversation> current = conversations.findForUpdate(userId);
        if (current.isPresent() && current.get().state().drafting()) {
            conversations.awaitRatingWhileDrafting(userId, itemId);
            return true;
        }
        conversations.save(userId, ConversationState.RATING, null, itemId, clock.instant(), null);
        return false;
    }

    private String unitName(FeedbackReopened event) {
        return directory.unit(UnitId.of(event.unitId())).map(UnitNode::name).orElse("");
    }

    private void send(long itemId, String key, String message, Object... arguments) {
        conversations.link(itemId).ifPresent(link -> outbox.enqueueText(key, ZaloRecipient.user(link.userId()),
                texts.t(message, arguments), itemId));
    }
}
