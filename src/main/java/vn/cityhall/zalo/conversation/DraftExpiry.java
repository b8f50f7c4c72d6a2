package vn.cityhall.zalo.conversation;

import java.time.Clock;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.zalo.ZaloSettings;
import vn.cityhall.zalo.outbound.ZaloOutbox;
import vn.cityhall.zalo.outbound.ZaloRecipient;

/**
 * Drops the feedback drafts left unfinished for {@link ZaloSettings#draftExpiry()} and tells their writers,
 * through the outbox, in the transaction that drops them (one notice per draft: the key names the draft's last
 * change). A rating asked for while the draft was written stays pending. Runs every
 * {@code cityhall.zalo.conversation.expiry-sweep} (5 minutes).
 */
@Component
class DraftExpiry {

    static final int BATCH = 200;

    private final Conversations conversations;
    private final ZaloOutbox outbox;
    private final ConversationTexts texts;
    private final ZaloSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DraftExpiry(Conversations conversations, ZaloOutbox outbox, ConversationTexts texts, ZaloSettings settings,
            PlatformTransactionManager transactions, Clock clock) {
        this.conversations = conversations;
        this.outbox = outbox;
        this.texts = texts;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cityhall.zalo.conversation.expiry-sweep:5m}",
            initialDelayString = "${cityhall.zalo.conversation.expiry-sweep:5m}")
    void sweep() {
        if (settings.enabled()) {
            expire(clock.instant());
        }
    }

    /** Drops the drafts expired at {@code now}; returns how many. */
    int expire(Instant now) {
        int total = 0;
        while (true) {
            Integer done = transactions.execute(status -> {
                var expired = conversations.expired(now, BATCH);
                for (Conversations.Conversation conversation : expired) {
                    outbox.enqueueText("draft-expired:" + conversation.userId() + ":"
                            + conversation.updatedAt().toEpochMilli(), ZaloRecipient.user(conversation.userId()),
                            texts.t("expired", settings.draftExpiry().toHours()), null);
                    conversations.save(conversation.userId(), ConversationState.MENU, null,
                            conversation.ratingItemId(), now, null);
                }
                return expired.size();
            });
            total += done;
            if (done < BATCH) {
                return total;
            }
        }
    }
}
