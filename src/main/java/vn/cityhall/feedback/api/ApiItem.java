package vn.cityhall.feedback.api;

import java.time.Instant;
import java.util.stream.Stream;

import vn.cityhall.feedback.FeedbackStatus;

/**
 * A feedback item as the API channels read it: where it stands and what was published, never the
 * sender's name, phone or e-mail (the query does not select them). {@code text}, {@code address},
 * {@code answerText} and {@code rejectNote} are shown only to the client that sent the item.
 *
 * @param master the item this one was merged into, or {@code null}
 */
record ApiItem(long id, String code, FeedbackStatus status, String categoryCode, String categoryName,
        String categoryNameEn, Long communeId, String address, Double latitude, Double longitude, String text,
        Instant receivedAt, Instant screenedAt, Instant assignedAt, Instant answeredAt, Instant closedAt, Instant dueAt,
        Instant screeningDueAt, Long handlingUnitId, String answerText, String reasonAnswer, String reasonAnswerEn,
        String rejectNote, Instant publishedAt, String publishedText, String publishedAnswer, Long apiClientId,
        Master master) {

    /** What a merged duplicate shows of its master: the master's unit, deadline and answer answer for it. */
    record Master(String code, FeedbackStatus status, Long handlingUnitId, Instant dueAt, String answerText,
            Instant answeredAt) {
    }

    /** The handling unit: the master's for a merged duplicate. */
    Long answeringUnitId() {
        return master == null ? handlingUnitId : master.handlingUnitId();
    }

    /** The handling deadline while the item (or its master) is being handled. */
    Instant handlingDueAt() {
        if (master != null) {
            return master.status() == FeedbackStatus.ASSIGNED ? master.dueAt() : null;
        }
        return status == FeedbackStatus.ASSIGNED ? dueAt : null;
    }

    /** The approved answer: the master's for a merged duplicate, once it is answered. */
    String answer() {
        if (master != null) {
            return answered(master.status()) ? master.answerText() : null;
        }
        return answered(status) ? answerText : null;
    }

    /** When the item (or its master) is expected to be handled by: the handling deadline. */
    Instant expectedAt() {
        return master == null ? dueAt : master.dueAt();
    }

    Instant answerAt() {
        return master != null ? (answered(master.status()) ? master.answeredAt() : null) : (answered(status) ? answeredAt
                : null);
    }

    /** Why it was not accepted, as the sender is told: the reason's text and the operator's note. */
    String refusal(boolean english) {
        String reason = english ? reasonAnswerEn : reasonAnswer;
        if (!isRefused()) {
            return null;
        }
        if (reason == null) {
            return rejectNote;
        }
        return rejectNote == null ? reason : reason + "\n" + rejectNote;
    }

    private static boolean answered(FeedbackStatus status) {
        return status == FeedbackStatus.ANSWERED || status == FeedbackStatus.CLOSED;
    }

    /** Open311's two states: received, accepted or assigned items are open; the others closed. */
    boolean isOpen() {
        return status == FeedbackStatus.RECEIVED || status == FeedbackStatus.ACCEPTED || status == FeedbackStatus.ASSIGNED;
    }

    boolean isRefused() {
        return status == FeedbackStatus.REJECTED || status == FeedbackStatus.DUPLICATE;
    }

    boolean isPublished() {
        return publishedAt != null;
    }

    boolean sentBy(ApiClientIdentity client) {
        return client != null && apiClientId != null && apiClientId == client.id();
    }

    /** The last change: for a closed item, when it was closed (or answered, or refused). */
    Instant updatedAt() {
        if (!isOpen()) {
            Instant closed = Stream.of(closedAt, answeredAt, screenedAt).filter(time -> time != null).findFirst()
                    .orElse(receivedAt);
            return closed;
        }
        return Stream.of(receivedAt, screenedAt, assignedAt).filter(time -> time != null).max(Instant::compareTo)
                .orElse(receivedAt);
    }
}
