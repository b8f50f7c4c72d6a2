package vn.cityhall.tasks.web;

import java.util.List;

import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Urgency;
import vn.cityhall.tasks.TaskStatus;

/**
 * Everything the task page shows. Dates are already formatted (dd/MM/yyyy HH:mm, Hanoi time); user
 * content (title, description, notes) is shown as typed.
 *
 * @param sourceLink the staff-app path of the source item, or {@code null}
 * @param originalDue the deadline first given, shown when an extension or the source moved it
 * @param dueLabel working days left or overdue by, or {@code null}
 * @param onTime for a done task, whether it was done by the approved deadline
 */
public record TaskDetails(long id, String title, String description, String sourceKey, String reference,
        String sourceLink, String responsibleUnit, String holder, ObligationRole role, Urgency urgency,
        TaskStatus status, String assignedBy, String assignedAt, String originalDue, String due, Label dueLabel,
        String dueTone, int progress, String result, String completedAt, String completedBy, Boolean onTime,
        List<TimelineView> timeline, List<DelegationView> delegations, List<ExtensionView> extensions,
        TaskActions actions) {

    public boolean dueMoved() {
        return originalDue != null && !originalDue.equals(due);
    }

    public String href() {
        return "/tasks/" + id;
    }

    /** One step of the timeline, with the files attached to it. */
    public record TimelineView(String kindKey, String actor, String at, Integer progress, String text, Label detail,
            List<FileLink> files) {
    }

    /** One link of the delegation chain. */
    public record DelegationView(String at, String by, String from, String to, String note) {
    }

    /** An extension request and its decision. */
    public record ExtensionView(String requestedAt, String requestedBy, String reason, String previousDue,
            String requestedDue, String statusKey, boolean pending, String decidedAt, String decidedBy,
            String decisionNote) {
    }

    /** An attached file and where to download it. */
    public record FileLink(String name, String href) {
    }
}
