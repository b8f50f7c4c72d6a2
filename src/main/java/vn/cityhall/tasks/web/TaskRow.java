package vn.cityhall.tasks.web;

import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Urgency;
import vn.cityhall.tasks.TaskStatus;
import vn.cityhall.tasks.inbox.DueGroup;

/**
 * One task in a list.
 *
 * @param sourceKey message key of the source kind
 * @param holder who holds it now: "unit · person"
 * @param responsible the responsible unit when it differs from the holder unit, else {@code null}
 * @param due the deadline (dd/MM/yyyy HH:mm) or {@code null}
 * @param dueLabel "3 working days left", "overdue by 2 working days" …, or {@code null}
 * @param dueTone a Bootstrap colour for the deadline badge
 * @param group the heading the row falls under when the list is grouped by deadline
 */
public record TaskRow(long id, String title, String sourceKey, String reference, String holder, String responsible,
        ObligationRole role, Urgency urgency, TaskStatus status, int progress, String due, Label dueLabel,
        String dueTone, DueGroup group, boolean pendingExtension, TaskActions actions) {

    public String elementId() {
        return "task-row-" + id;
    }

    public String href() {
        return "/tasks/" + id;
    }
}
