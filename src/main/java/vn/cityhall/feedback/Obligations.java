package vn.cityhall.feedback;

import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.ObligationClosed;
import vn.cityhall.shared.ObligationOpened;
import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Urgency;

/**
 * The item's assignments as tasks (docs/tasks-events.md): one obligation per assignment round, a task for the
 * handling unit (lead) and one per coordinating unit, closed when the answer is approved and cancelled when
 * the item moves to another unit or back to screening.
 */
@Component
class Obligations {

    static final String MODULE = "feedback";
    static final String KIND = "feedback.handling";

    void open(Feedback item, Long assignedBy, Instant now) {
        String title = title(item);
        item.register(opened(item, item.handlingUnitId(), ObligationRole.LEAD, title, assignedBy, now));
        for (Long unit : item.coordinators()) {
            item.register(opened(item, unit, ObligationRole.COORDINATE, title, assignedBy, now));
        }
    }

    void done(Feedback item, Instant now) {
        item.register(new ObligationClosed(MODULE, KIND, item.obligationId(), null, ObligationClosed.Outcome.DONE,
                null, now, AuditActor.current()));
    }

    void cancel(Feedback item, Instant now) {
        item.register(new ObligationClosed(MODULE, KIND, item.obligationId(), null,
                ObligationClosed.Outcome.CANCELLED, null, now, AuditActor.current()));
    }

    private static ObligationOpened opened(Feedback item, long unit, ObligationRole role, String title, Long assignedBy,
            Instant now) {
        return new ObligationOpened(MODULE, KIND, item.obligationId(), item.code(), "/feedback/items/" + item.code(),
                title, item.text(), unit, null, role, assignedBy, now, item.dueAt(),
                item.level() == FeedbackLevel.URGENT ? Urgency.URGENT : Urgency.NORMAL, AuditActor.current());
    }

    private static String title(Feedback item) {
        String text = item.text().replaceAll("\\s+", " ").strip();
        return text.length() <= 120 ? text : text.substring(0, 119).strip() + "…";
    }
}
