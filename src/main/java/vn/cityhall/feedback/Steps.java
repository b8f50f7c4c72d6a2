package vn.cityhall.feedback;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.cityhall.organization.StaffUser;

/** What every workflow step does: find the item, know the time, write the timeline line. */
@Component
class Steps {

    private final Feedbacks feedbacks;
    private final Timeline timeline;
    private final Clock clock;

    Steps(Feedbacks feedbacks, Timeline timeline, Clock clock) {
        this.feedbacks = feedbacks;
        this.timeline = timeline;
        this.clock = clock;
    }

    Feedback item(String code) {
        return feedbacks.findByCode(code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new FeedbackNotFound(code));
    }

    Feedback byId(long id) {
        return feedbacks.findById(id).orElseThrow(() -> new FeedbackNotFound(Long.toString(id)));
    }

    Instant now() {
        return clock.instant();
    }

    Feedback save(Feedback item) {
        return feedbacks.save(item);
    }

    /** A line only staff see. */
    void internal(Feedback item, FeedbackStep.Kind kind, StaffUser user, Long unitId, String note, Long fileId) {
        timeline.save(new FeedbackStep(item.id(), now(), kind, user == null ? null : user.personId(),
                user == null ? null : user.displayName(), unitId, note, fileId, true));
    }

    /** A line the sender also sees on the tracking page (never a staff member's name there). */
    void visible(Feedback item, FeedbackStep.Kind kind, StaffUser user, Long unitId, String note) {
        timeline.save(new FeedbackStep(item.id(), now(), kind, user == null ? null : user.personId(),
                user == null ? null : user.displayName(), unitId, note, null, false));
    }
}
