package vn.cityhall.feedback.api;

import java.time.Instant;
import java.util.stream.Stream;

import vn.cityhall.feedback.FeedbackStatus;

/**
 * A feedback item as the API channels read it: where it stands and what was published, never the
 * sender's name, phone or e-mail (the query does not select them). {@code text}, {@code address} and
 * {@code answerText} are shown only to the client that sent the item.
 */
record ApiItem(long id, String code, FeedbackStatus status, String categoryCode, String categoryName,
        String categoryNameEn, Long communeId, String address, Double latitude, Double longitude, String text,
        Instant receivedAt, Instant screenedAt, Instant assignedAt, Instant answeredAt, Instant closedAt, Instant dueAt,
        Instant screeningDueAt, Long handlingUnitId, String answerText, String reasonAnswer, String reasonAnswerEn,
        Instant publishedAt, String publishedText, String publishedAnswer, Long apiClientId) {

    /** Open311's two states: received, accepted or assigned items are open; the others closed. */
    boolean isOpen() {
        return status == FeedbackStatus.RECEIVED || status == FeedbackStatus.ACCEPTED || status == FeedbackStatus.ASSIGNED;
    }

    boolean isAnswered() {
        return (status == FeedbackStatus.ANSWERED || status == FeedbackStatus.CLOSED) && answerText != null;
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
