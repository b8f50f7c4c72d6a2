package vn.cityhall.feedback;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Texts;

/**
 * What the sender does after the answer, proving who they are with the private link's secret (portal) or
 * their phone number (channels that know it, such as Zalo): rate the answer from 1 to 5 with a comment, or
 * reopen the item within {@link FeedbackSettings#reopenDays()} days when not satisfied. A reopened item goes
 * back to the handling unit with a new deadline, and the unit's leaders are told.
 */
@Service
public class SenderResponses {

    static final int MAX_COMMENT = 1000;

    private final Steps steps;
    private final FeedbackSettings settings;
    private final HandlingDeadlines deadlines;
    private final Obligations obligations;
    private final UnitLeaders leaders;
    private final Routing routing;

    SenderResponses(Steps steps, FeedbackSettings settings, HandlingDeadlines deadlines, Obligations obligations,
            UnitLeaders leaders, Routing routing) {
        this.steps = steps;
        this.settings = settings;
        this.deadlines = deadlines;
        this.obligations = obligations;
        this.leaders = leaders;
        this.routing = routing;
    }

    /** Whether the sender may still reopen the item. */
    public boolean mayReopen(Feedback item) {
        return (item.status() == FeedbackStatus.ANSWERED || item.status() == FeedbackStatus.CLOSED)
                && item.answeredAt() != null && item.handlingUnitId() != null
                && !steps.now().isAfter(item.answeredAt().plus(Duration.ofDays(settings.reopenDays())));
    }

    public boolean mayRate(Feedback item) {
        return item.status() == FeedbackStatus.ANSWERED;
    }

    @Transactional
    public void rate(String code, String secret, Integer stars, String comment) {
        Feedback item = owned(code, secret);
        if (!mayRate(item)) {
            throw new FeedbackStateConflict();
        }
        if (stars == null || stars < 1 || stars > 5) {
            throw new FeedbackInvalid(List.of(new FeedbackInvalid.FieldError("rating", "feedback.error.ratingRange")));
        }
        String text = Texts.cleanOrNull(comment);
        if (text != null && text.length() > MAX_COMMENT) {
            throw new FeedbackInvalid(List.of(new FeedbackInvalid.FieldError("comment", "feedback.error.commentLength",
                    MAX_COMMENT)));
        }
        item.rate(stars, text, steps.now());
        item.register(new FeedbackRated(item.id(), item.code(), stars, AuditActor.current()));
        steps.visible(item, FeedbackStep.Kind.RATED, null, null, stars + "/5" + (text == null ? "" : ": " + text));
        steps.save(item);
    }

    @Transactional
    public void reopen(String code, String secret, String reason) {
        Feedback item = owned(code, secret);
        if (!mayReopen(item)) {
            throw new FeedbackStateConflict();
        }
        String why = Texts.cleanOrNull(reason);
        if (why == null || why.length() > MAX_COMMENT) {
            throw new FeedbackInvalid(List.of(new FeedbackInvalid.FieldError("reason", "feedback.error.reopenReason",
                    MAX_COMMENT)));
        }
        var now = steps.now();
        item.reopen(now, deadlines.dueFor(item.level() == null ? FeedbackLevel.NORMAL : item.level(), now));
        obligations.open(item, null, now);
        long unit = item.handlingUnitId();
        Set<Long> told = leaders.of(unit);
        item.register(new FeedbackAssigned(item.id(), item.code(), item.channel(), unit, routing.unitName(unit),
                item.coordinators(), item.dueAt(), item.assignmentRound(), AuditActor.current()));
        item.register(new FeedbackReopened(item.id(), item.code(), item.channel(), unit, why, item.dueAt(),
                item.reopenCount(), told, AuditActor.current()));
        steps.visible(item, FeedbackStep.Kind.REOPENED, null, unit, why);
        steps.save(item);
    }

    private Feedback owned(String code, String secret) {
        Feedback item = steps.item(code);
        if (!FeedbackIntake.tokenMatches(item, secret)) {
            throw new FeedbackNotFound(code);
        }
        return item;
    }
}
