package vn.cityhall.zalo.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.cityhall.zalo.webhook.ZaloInbound;
import vn.cityhall.zalo.webhook.ZaloInbound.Media;

/**
 * Writing a feedback item step by step: the description, then the category ({@link CategoryStep}), the
 * contact details ({@link ContactStep}), the consent to publishing and the confirmation
 * ({@link ConfirmationStep}). Photos, files and a location are taken in any order at any step, and start a
 * draft when there is none.
 */
@Component
class DraftSteps {

    private final DraftChecks checks;
    private final CategoryStep category;
    private final ContactStep contact;
    private final ConfirmationStep confirmation;

    DraftSteps(DraftChecks checks, CategoryStep category, ContactStep contact, ConfirmationStep confirmation) {
        this.checks = checks;
        this.category = category;
        this.contact = contact;
        this.confirmation = confirmation;
    }

    /** Starts a draft from the menu. */
    void start(Turn turn) {
        turn.startDraft();
        turn.say("describe");
    }

    /** A text at a draft step: the answer to that step. */
    void answer(Turn turn, String text, String key) {
        switch (turn.state) {
            case DESCRIBE -> describe(turn, text);
            case CATEGORY -> category.answer(turn, key);
            case NAME -> contact.name(turn, text);
            case PHONE -> contact.phone(turn, text);
            case PUBLISH -> confirmation.publish(turn, key);
            case CONFIRM -> confirmation.confirm(turn, key);
            default -> throw new IllegalStateException("Not a draft step: " + turn.state);
        }
    }

    /** "sửa": the description again; everything else given is kept. */
    void edit(Turn turn) {
        turn.go(ConversationState.DESCRIBE);
        turn.say("edit");
    }

    private void describe(Turn turn, String text) {
        Draft draft = turn.draft.withText(text);
        if (!checks.refuses(turn, draft, "text")) {
            turn.draft = draft;
            category.ask(turn);
        }
    }

    void media(Turn turn, List<Media> media) {
        List<Long> stored = media.stream().filter(Media::stored).map(item -> item.file().value()).toList();
        int failed = media.size() - stored.size();
        boolean started = startIfNone(turn);
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

    void location(Turn turn, ZaloInbound.Location location) {
        boolean started = startIfNone(turn);
        turn.draft = turn.draft.withLocation(location.latitude(), location.longitude(), location.address());
        turn.say("locationAdded");
        if (started) {
            turn.say("describe");
        }
    }

    void shared(Turn turn, ZaloInbound.SubmitInfo info) {
        contact.shared(turn, info);
    }

    private static boolean startIfNone(Turn turn) {
        if (turn.state.drafting()) {
            return false;
        }
        turn.startDraft();
        return true;
    }
}
