package vn.cityhall.zalo.conversation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.cityhall.feedback.FeedbackTracking;
import vn.cityhall.feedback.SenderResponses;
import vn.cityhall.feedback.TrackedFeedback;
import vn.cityhall.knowledge.KnowledgeAnswer;
import vn.cityhall.knowledge.KnowledgeBase;
import vn.cityhall.knowledge.SourceLink;

/**
 * What the conversation looks up for a citizen: their own items (only those sent from their Zalo account,
 * through the item's secret, never another's), the knowledge base's answers, and the rating of an answer.
 */
@Component
class Lookups {

    static final int MY_ITEMS = 5;
    static final int ANSWERS = 3;
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VIETNAM);

    private final Conversations conversations;
    private final ReceiptSecrets secrets;
    private final FeedbackTracking tracking;
    private final SenderResponses responses;
    private final KnowledgeBase knowledge;
    private final ConversationTexts texts;

    Lookups(Conversations conversations, ReceiptSecrets secrets, FeedbackTracking tracking, SenderResponses responses,
            KnowledgeBase knowledge, ConversationTexts texts) {
        this.conversations = conversations;
        this.secrets = secrets;
        this.tracking = tracking;
        this.responses = responses;
        this.knowledge = knowledge;
        this.texts = texts;
    }

    /** The item's status for its sender; another user's code gets the same answer as an unknown one. */
    String track(String userId, String code) {
        Optional<TrackedFeedback> item = conversations.link(userId, code)
                .flatMap(link -> tracking.withSecret(link.code(), secrets.open(link.secret())));
        return item.map(this::describe).orElseGet(() -> texts.t("trackNotFound", code));
    }

    /** The user's latest items with their status. */
    String mine(String userId) {
        List<Conversations.Link> links = conversations.links(userId, MY_ITEMS);
        if (links.isEmpty()) {
            return texts.t("mineNone");
        }
        StringBuilder text = new StringBuilder(texts.t("mineTitle"));
        for (Conversations.Link link : links) {
            tracking.withSecret(link.code(), secrets.open(link.secret())).ifPresent(item -> text.append('\n')
                    .append(texts.t("mineLine", item.code(), status(item), WHEN.format(item.receivedAt()))));
        }
        text.append('\n').append(texts.t("mineHint"));
        return text.toString();
    }

    private String describe(TrackedFeedback item) {
        StringBuilder text = new StringBuilder(texts.t("trackStatus", item.code(), status(item)));
        if (item.unitName() != null) {
            text.append('\n').append(texts.t("trackUnit", item.unitName()));
        }
        if (item.dueAt() != null) {
            text.append('\n').append(texts.t("trackDue", when(item.dueAt())));
        }
        if (item.refusal() != null) {
            text.append('\n').append(texts.t("trackRefusal", item.refusal()));
        }
        if (item.answer() != null) {
            text.append('\n').append(texts.t("trackAnswer", item.answer()));
        }
        return text.toString();
    }

    private String status(TrackedFeedback item) {
        return texts.raw("feedback.status." + item.status().name());
    }

    /** The best answers of the knowledge base with their links, or how to reach an official. */
    String answer(String question) {
        List<KnowledgeAnswer> answers = knowledge.answer(question, ANSWERS);
        if (answers.isEmpty()) {
            return texts.t("questionMiss");
        }
        StringBuilder text = new StringBuilder(texts.t("questionHits"));
        int n = 1;
        for (KnowledgeAnswer answer : answers) {
            text.append("\n\n").append(n++).append(". ").append(answer.question()).append('\n').append(answer.excerpt());
            for (SourceLink link : answer.links()) {
                text.append('\n').append(link.title()).append(": ").append(link.url());
            }
        }
        text.append("\n\n").append(texts.t("questionMore"));
        return text.toString();
    }

    /** Records the rating of the user's answered item; the reply says how it went. */
    String rate(String userId, Long itemId, int stars) {
        Optional<Conversations.Link> link = itemId == null ? Optional.empty() : conversations.link(itemId)
                .filter(found -> found.userId().equals(userId));
        if (link.isEmpty()) {
            return texts.t("ratingUnavailable");
        }
        String secret = secrets.open(link.get().secret());
        // Checked first: a refusal thrown inside the conversation's transaction would roll it back.
        if (!tracking.withSecret(link.get().code(), secret).map(TrackedFeedback::mayRate).orElse(false)) {
            return texts.t("ratingUnavailable");
        }
        responses.rate(link.get().code(), secret, stars, null);
        return texts.t("ratingThanks", stars, link.get().code());
    }

    static String when(Instant instant) {
        return WHEN.format(instant);
    }
}
