package vn.cityhall.zalo.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.cityhall.feedback.FeedbackChannel;
import vn.cityhall.feedback.FeedbackChoice;
import vn.cityhall.feedback.FeedbackChoices;
import vn.cityhall.feedback.FeedbackIntake;
import vn.cityhall.feedback.FeedbackInvalid;
import vn.cityhall.feedback.FeedbackReceipt;
import vn.cityhall.feedback.FeedbackSubmission;
import vn.cityhall.shared.Texts;
import vn.cityhall.zalo.ZaloSettings;
import vn.cityhall.zalo.conversation.Conversations.Conversation;
import vn.cityhall.zalo.outbound.ZaloOutbox;
import vn.cityhall.zalo.outbound.ZaloRecipient;
import vn.cityhall.zalo.webhook.ZaloInbound;
import vn.cityhall.zalo.webhook.ZaloInbound.Media;

/**
 * The Vietnamese conversation with a citizen on Zalo: the menu, sending feedback step by step (description,
 * photos, files and a location in any order, category, contact details, publishing consent, summary and
 * confirmation), tracking and the legal Q&amp;A. Runs inside the transaction that marks the inbound event
 * processed: the citizen's new state and the replies (queued in the outbox under keys derived from the event
 * id, so a reprocessed event never answers twice) commit with that mark, or not at all.
 */
@Component
class ZaloConversation {

    static final Pattern CODE = Pattern.compile("(?i)\\bPA-\\d{4}-\\d{6}\\b");

    private final Conversations conversations;
    private final ConversationTexts texts;
    private final ZaloOutbox outbox;
    private final FeedbackIntake intake;
    private final FeedbackChoices choices;
    private final SubmissionProblems problems;
    private final ReceiptSecrets secrets;
    private final Lookups lookups;
    private final ZaloSettings settings;
    private final Clock clock;

    ZaloConversation(Conversations conversations, ConversationTexts texts, ZaloOutbox outbox, FeedbackIntake intake,
            FeedbackChoices choices, SubmissionProblems problems, ReceiptSecrets secrets, Lookups lookups, ZaloSettings settings, Clock clock) {
        this.conversations = conversations;
        this.texts = texts;
        this.outbox = outbox;
        this.intake = intake;
        this.choices = choices;
        this.problems = problems;
        this.secrets = secrets;
        this.lookups = lookups;
        this.settings = settings;
        this.clock = clock;
    }

    /** One inbound event: the citizen's state before it, what it changes, and the replies it queues. */
    private final class Turn {
        final ZaloInbound event;
        final Instant now = clock.instant();
        ConversationState state;
        Draft draft;
        Long ratingItemId;
        final List<String> replies = new ArrayList<>();

        Turn(ZaloInbound event, Conversation current) {
            this.event = event;
            this.state = current == null ? ConversationState.MENU : current.state();
            this.draft = current == null ? null : current.draft();
            this.ratingItemId = current == null ? null : current.ratingItemId();
        }

        void say(String key, Object... arguments) {
            replies.add(texts.t(key, arguments));
        }

        void go(ConversationState next) {
            state = next;
            if (!next.drafting()) {
                draft = null;
            }
            if (next != ConversationState.RATING) {
                ratingItemId = null;
            }
        }
    }

    @EventListener
    void on(ZaloInbound event) {
        if (event.payload() instanceof ZaloInbound.Unfollow) {
            return;
        }
        Turn turn = new Turn(event, conversations.find(event.userId()).orElse(null));
        ZaloInbound.Payload payload = event.payload();
        if (payload instanceof ZaloInbound.Text text) {
            text(turn, text.text());
        } else if (payload instanceof ZaloInbound.Image image) {
            media(turn, image.images());
        } else if (payload instanceof ZaloInbound.File file) {
            media(turn, List.of(file.file()));
        } else if (payload instanceof ZaloInbound.Location location) {
            location(turn, location);
        } else if (payload instanceof ZaloInbound.SubmitInfo info) {
            submitInfo(turn, info);
        } else if (payload instanceof ZaloInbound.Follow) {
            menu(turn, true);
        } else if (payload instanceof ZaloInbound.ChatNow) {
            if (!turn.state.drafting()) {
                menu(turn, true);
            }
        } else {
            turn.say("unsupported");
        }
        finish(turn);
    }

    private void finish(Turn turn) {
        Instant expires = turn.state.drafting() ? turn.now.plus(settings.draftExpiry()) : null;
        conversations.save(turn.event.userId(), turn.state, turn.draft, turn.ratingItemId, turn.now, expires);
        ZaloRecipient recipient = ZaloRecipient.user(turn.event.userId());
        for (int i = 0; i < turn.replies.size(); i++) {
            outbox.enqueueText("in:" + turn.event.eventId() + ":" + (i + 1), recipient, turn.replies.get(i), null);
        }
    }

    private void menu(Turn turn, boolean greet) {
        turn.go(ConversationState.MENU);
        if (greet) {
            turn.say("greeting");
        }
        turn.say("menu");
    }

    private void text(Turn turn, String text) {
        String key = Texts.searchKey(text);
        Matcher code = CODE.matcher(text);
        if (key.equals("menu")) {
            menu(turn, true);
        } else if (key.equals("huy") || key.equals("huy bo")) {
            turn.say(turn.state.drafting() ? "cancelled" : "nothingToCancel");
            menu(turn, false);
        } else if (key.equals("phan anh cua toi")) {
            turn.go(ConversationState.MENU);
            turn.replies.add(lookups.mine(turn.event.userId()));
        } else if (code.find() && (key.startsWith("tra cuu") || turn.state == ConversationState.TRACK
                || turn.state == ConversationState.MENU || turn.state == ConversationState.RATING)) {
            turn.go(ConversationState.MENU);
            turn.replies.add(lookups.track(turn.event.userId(), code.group().toUpperCase(Locale.ROOT)));
        } else if (key.equals("sua") && turn.state.drafting()) {
            turn.go(ConversationState.DESCRIBE);
            turn.say("edit");
        } else {
            byState(turn, text, key);
        }
    }

    private void byState(Turn turn, String text, String key) {
        switch (turn.state) {
            case MENU -> menuChoice(turn, key);
            case TRACK -> {
                if (key.startsWith("tra cuu") || key.isEmpty()) {
                    turn.say("trackAsk");
                } else {
                    turn.say("trackNoCode");
                }
            }
            case QUESTION -> {
                if (key.matches("[1-4]")) {
                    turn.go(ConversationState.MENU);
                    menuChoice(turn, key);
                } else {
                    turn.replies.add(lookups.answer(text));
                }
            }
            case RATING -> {
                Integer stars = number(key, 1, 5);
                if (stars == null) {
                    turn.go(ConversationState.MENU);
                    menuChoice(turn, key);
                } else {
                    turn.replies.add(lookups.rate(turn.event.userId(), turn.ratingItemId, stars));
                    turn.go(ConversationState.MENU);
                }
            }
            case DESCRIBE -> describe(turn, text);
            case CATEGORY -> category(turn, key);
            case NAME -> name(turn, text);
            case PHONE -> phone(turn, text);
            case PUBLISH -> publish(turn, key);
            case CONFIRM -> confirm(turn, key);
        }
    }

    private void menuChoice(Turn turn, String key) {
        switch (key) {
            case "1" -> {
                turn.go(ConversationState.DESCRIBE);
                turn.draft = Draft.empty();
                turn.say("describe");
            }
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

    private void describe(Turn turn, String text) {
        Draft draft = turn.draft.withText(text);
        if (!errors(turn, draft, "text")) {
            turn.draft = draft;
            askCategory(turn);
        }
    }

    private void askCategory(Turn turn) {
        turn.state = ConversationState.CATEGORY;
        List<FeedbackChoice> list = choices.categories(null);
        StringBuilder lines = new StringBuilder(texts.t("categoryAsk"));
        for (int i = 0; i < list.size(); i++) {
            lines.append('\n').append(i + 1).append(". ").append(list.get(i).label());
        }
        lines.append('\n').append(texts.t("categoryUnknown"));
        turn.replies.add(lines.toString());
    }

    private void category(Turn turn, String key) {
        List<FeedbackChoice> list = choices.categories(null);
        Integer chosen = number(key, 0, list.size());
        if (chosen == null) {
            turn.say("categoryInvalid", list.size());
            return;
        }
        turn.draft = turn.draft.withCategory(chosen == 0 ? null : Long.valueOf(list.get(chosen - 1).value()));
        afterCategory(turn);
    }

    private void afterCategory(Turn turn) {
        if (turn.draft.name() == null) {
            turn.state = ConversationState.NAME;
            turn.say("nameAsk");
        } else if (turn.draft.phone() == null) {
            turn.state = ConversationState.PHONE;
            turn.say("phoneAsk");
        } else {
            turn.state = ConversationState.PUBLISH;
            turn.say("publishAsk");
        }
    }

    private void name(Turn turn, String text) {
        Draft draft = turn.draft.withName(text);
        if (!errors(turn, draft, "senderName")) {
            turn.draft = draft;
            afterCategory(turn);
        }
    }

    private void phone(Turn turn, String text) {
        Draft draft = turn.draft.withPhone(text);
        if (!errors(turn, draft, "senderPhone")) {
            turn.draft = draft;
            afterCategory(turn);
        }
    }

    private void publish(Turn turn, String key) {
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
        turn.replies.add(summary(turn.draft));
    }

    private String summary(Draft draft) {
        String category = draft.categoryId() == null ? texts.t("summaryNoCategory")
                : choices.categories(null).stream().filter(c -> c.value().equals(String.valueOf(draft.categoryId())))
                        .map(FeedbackChoice::label).findFirst().orElse(texts.t("summaryNoCategory"));
        String location = draft.latitude() == null ? texts.t("summaryNoLocation")
                : draft.latitude().toPlainString() + ", " + draft.longitude().toPlainString()
                        + (draft.address() == null ? "" : " (" + draft.address() + ")");
        return texts.t("summary", draft.text(), category, draft.files().size(), location, draft.name(), draft.phone(),
                texts.t(Boolean.TRUE.equals(draft.publish()) ? "summaryPublishYes" : "summaryPublishNo"));
    }

    private void confirm(Turn turn, String key) {
        if (!key.equals("1") && !key.equals("xac nhan")) {
            turn.say("confirmAsk");
            return;
        }
        FeedbackSubmission submission = submission(turn.draft, true);
        List<FeedbackInvalid.FieldError> problems = this.problems.of(submission);
        if (!problems.isEmpty()) {
            problems.forEach(error -> turn.replies.add(texts.raw(error.messageKey(), error.arguments())));
            backTo(turn, problems.get(0).field());
            return;
        }
        // Checked just before: a refusal now (a race with the sender limits) rolls back and the event is retried.
        FeedbackReceipt receipt = intake.submit(submission);
        conversations.link(receipt.id(), turn.event.userId(), receipt.code(), secrets.seal(receipt.accessToken()),
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
            case "categoryId", "photos" -> askCategory(turn);
            case "senderName" -> {
                turn.draft = turn.draft.withName(null);
                afterCategory(turn);
            }
            case "senderPhone" -> {
                turn.draft = turn.draft.withPhone(null);
                afterCategory(turn);
            }
            default -> turn.say("confirmAsk");
        }
    }

    /**
     * Checks the draft as the intake would and replies with the errors of the given field; true when there are
     * some (the draft is not changed then).
     */
    private boolean errors(Turn turn, Draft draft, String field) {
        List<FeedbackInvalid.FieldError> mine = problems.of(submission(draft, true)).stream()
                .filter(error -> field.equals(error.field())).toList();
        mine.forEach(error -> turn.replies.add(texts.raw(error.messageKey(), error.arguments())));
        return !mine.isEmpty();
    }

    private static FeedbackSubmission submission(Draft draft, boolean consentProcessing) {
        return new FeedbackSubmission(FeedbackChannel.ZALO, draft.text(), draft.categoryId(), null, draft.address(),
                draft.latitude() == null ? null : draft.latitude().doubleValue(),
                draft.longitude() == null ? null : draft.longitude().doubleValue(), draft.name(), draft.phone(), null,
                consentProcessing, Boolean.TRUE.equals(draft.publish()), draft.files(), null);
    }

    private void media(Turn turn, List<Media> media) {
        List<Long> stored = media.stream().filter(Media::stored).map(item -> item.file().value()).toList();
        int failed = media.size() - stored.size();
        boolean started = startDraftIfNone(turn);
        turn.draft = turn.draft.withFiles(stored, failed);
        if (!stored.isEmpty()) {
            turn.say("mediaAdded", stored.size(), turn.draft.files().size());
        }
        if (failed > 0) {
            turn.say("mediaFailed", failed);
        }
        if (started) {
            turn.say("describe");
        }
    }

    private void location(Turn turn, ZaloInbound.Location location) {
        boolean started = startDraftIfNone(turn);
        turn.draft = turn.draft.withLocation(location.latitude(), location.longitude(), location.address());
        turn.say("locationAdded");
        if (started) {
            turn.say("describe");
        }
    }

    private boolean startDraftIfNone(Turn turn) {
        if (turn.state.drafting()) {
            return false;
        }
        turn.go(ConversationState.DESCRIBE);
        turn.draft = Draft.empty();
        return true;
    }

    private void submitInfo(Turn turn, ZaloInbound.SubmitInfo info) {
        if (!turn.state.drafting()) {
            turn.say("infoNoDraft");
            return;
        }
        Draft draft = turn.draft;
        if (info.name() != null && !info.name().isBlank()) {
            draft = draft.withName(info.name());
        }
        if (info.phone() != null && !info.phone().isBlank()) {
            draft = draft.withPhone(info.phone());
        }
        turn.draft = draft;
        turn.say("infoReceived");
        if (turn.state == ConversationState.NAME || turn.state == ConversationState.PHONE) {
            afterCategory(turn);
        }
    }

    /** The number typed, if it is one between {@code min} and {@code max}. */
    private static Integer number(String key, int min, int max) {
        if (!key.matches("\\d{1,3}")) {
            return null;
        }
        int value = Integer.parseInt(key);
        return value < min || value > max ? null : value;
    }

}
