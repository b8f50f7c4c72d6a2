package vn.cityhall.tasks.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.PageView;
import vn.cityhall.tasks.Delegation;
import vn.cityhall.tasks.Extension;
import vn.cityhall.tasks.Task;
import vn.cityhall.tasks.TaskDeadlines;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskManagement;
import vn.cityhall.tasks.TaskPermissions;
import vn.cityhall.tasks.TimelineEntry;
import vn.cityhall.tasks.inbox.DueGroup;
import vn.cityhall.tasks.inbox.InboxFilter;
import vn.cityhall.tasks.inbox.InboxMoment;
import vn.cityhall.tasks.inbox.InboxQuery;

/**
 * Turns tasks into what the pages show, inside one read-only transaction, for one viewer: rows of a
 * list, the details of one task, and what the viewer may do with each.
 */
@Component
@Transactional(readOnly = true)
class TaskViews {

    private final TaskManagement management;
    private final TaskPermissions permissions;
    private final InboxQuery inbox;
    private final OrganizationDirectory directory;
    private final TaskDeadlines deadlines;
    private final TaskFiles files;

    TaskViews(TaskManagement management, TaskPermissions permissions, InboxQuery inbox,
            OrganizationDirectory directory, TaskDeadlines deadlines, TaskFiles files) {
        this.management = management;
        this.permissions = permissions;
        this.inbox = inbox;
        this.directory = directory;
        this.deadlines = deadlines;
        this.files = files;
    }

    /** A page of the viewer's inbox. */
    PageView<TaskRow> page(StaffUser user, InboxFilter filter, int size) {
        Page<Task> tasks = inbox.find(user, filter, size);
        Set<Long> pending = inbox.withPendingExtension(tasks.getContent().stream().map(task -> task.id().value())
                .toList());
        InboxMoment moment = inbox.moment();
        TaskNames names = new TaskNames(directory);
        return PageView.of(tasks, task -> row(user, task, pending.contains(task.id().value()), moment, names));
    }

    /** One task as a row, for the viewer (404 if they may not see it). */
    TaskRow row(StaffUser user, TaskId id) {
        Task task = management.find(user, id);
        return row(user, task, task.pendingExtension().isPresent(), inbox.moment(), new TaskNames(directory));
    }

    /** What the viewer may do with the task (404 if they may not see it). */
    TaskActions actions(StaffUser user, TaskId id) {
        Task task = management.find(user, id);
        return actions(user, task, task.pendingExtension().isPresent());
    }

    /** Whether the file is attached to the task's timeline (404 if the viewer may not see the task). */
    boolean attached(StaffUser user, TaskId id, long fileId) {
        return management.find(user, id).timeline().stream().anyMatch(entry -> entry.fileIds().contains(fileId));
    }

    /** The holder unit of a task the viewer sees, for the delegation choices. */
    long holderUnit(StaffUser user, TaskId id) {
        return management.find(user, id).holderUnitId();
    }

    /** A line recalling what an action is about: the current deadline, or the request to decide. */
    Label context(StaffUser user, TaskId id, TaskAction action) {
        Task task = management.find(user, id);
        TaskFormats formats = new TaskFormats(deadlines.zone());
        return switch (action) {
            case EXTENSION -> task.dueAt() == null ? null : new Label("tasks.form.currentDue", formats.dateTime(task.dueAt()));
            case DECISION -> task.pendingExtension()
                    .map(request -> new Label("tasks.form.request", new TaskNames(directory).person(request.requestedBy()),
                            formats.dateTime(request.requestedDueAt()), request.reason()))
                    .orElse(null);
            case PROGRESS -> new Label("tasks.form.currentProgress", task.progress());
            default -> null;
        };
    }

    /** The task page (404 if the viewer may not see it). */
    TaskDetails details(StaffUser user, TaskId id) {
        Task task = management.find(user, id);
        InboxMoment moment = inbox.moment();
        TaskNames names = new TaskNames(directory);
        TaskFormats formats = new TaskFormats(moment.zone());
        Due due = due(task, moment);
        List<TaskDetails.TimelineView> timeline = task.timeline().stream()
                .map(entry -> timeline(task, entry, names, formats)).toList();
        List<TaskDetails.DelegationView> delegations = task.delegations().stream()
                .map(delegation -> delegation(delegation, names, formats)).toList();
        List<TaskDetails.ExtensionView> extensions = task.extensions().stream()
                .map(extension -> extension(extension, names, formats)).toList();
        return new TaskDetails(task.id().value(), task.title(), task.description(), task.source().messageKey(),
                task.source().reference(), safeLink(task.source().link()), names.unit(task.responsibleUnitId()),
                names.holder(task.holderUnitId(), task.holderPersonId()), task.role(), task.urgency(), task.status(),
                task.assignedBy() == null ? null : names.person(task.assignedBy()), formats.dateTime(task.assignedAt()),
                formats.dateTime(task.originalDueAt()), formats.dateTime(task.dueAt()), due.label(), due.tone(),
                task.progress(), task.resultSummary(), formats.dateTime(task.completedAt()),
                names.person(task.completedBy()), task.onTime(), timeline, delegations, extensions,
                actions(user, task, task.pendingExtension().isPresent()));
    }

    private TaskRow row(StaffUser user, Task task, boolean pending, InboxMoment moment, TaskNames names) {
        TaskFormats formats = new TaskFormats(moment.zone());
        Due due = due(task, moment);
        return new TaskRow(task.id().value(), task.title(), task.source().messageKey(), task.source().reference(),
                names.holder(task.holderUnitId(), task.holderPersonId()),
                task.responsibleUnitId() == task.holderUnitId() ? null : names.unit(task.responsibleUnitId()),
                task.role(), task.urgency(), task.status(), task.progress(), formats.dateTime(task.dueAt()), due.label(),
                due.tone(), task.status().isOpen() ? DueGroup.of(task.dueAt(), moment) : DueGroup.NONE, pending,
                actions(user, task, pending));
    }

    private TaskActions actions(StaffUser user, Task task, boolean pending) {
        if (!task.status().isOpen()) {
            return TaskActions.CLOSED;
        }
        return new TaskActions(true, task.dueAt() != null, pending, permissions.mayWork(user, task),
                pending && permissions.mayDecideExtension(user, task), permissions.mayDelegate(user, task),
                permissions.mayCancel(user, task));
    }

    private record Due(Label label, String tone) {
    }

    private Due due(Task task, InboxMoment moment) {
        Instant due = task.dueAt();
        switch (task.status()) {
            case DONE -> {
                return new Due(new Label(Boolean.FALSE.equals(task.onTime()) ? "tasks.due.doneLate" : "tasks.due.doneOnTime"),
                        Boolean.FALSE.equals(task.onTime()) ? "warning" : "success");
            }
            case CANCELLED -> {
                return new Due(new Label("tasks.due.cancelled"), "secondary");
            }
            default -> {
                if (due == null) {
                    return new Due(new Label("tasks.due.none"), "secondary");
                }
                int left = workingDaysLeft(due);
                if (due.isBefore(moment.now())) {
                    return new Due(left < 0 ? new Label("tasks.due.overdueBy", -left) : new Label("tasks.due.overdueToday"),
                            "danger");
                }
                if (due.isBefore(moment.tomorrow())) {
                    return new Due(new Label("tasks.due.today"), "warning");
                }
                return new Due(new Label("tasks.due.daysLeft", Math.max(left, 1)), "secondary");
            }
        }
    }

    private int workingDaysLeft(Instant due) {
        try {
            return deadlines.workingDaysLeft(due);
        } catch (RuntimeException outsideCalendar) {
            return 0;
        }
    }

    private TaskDetails.TimelineView timeline(Task task, TimelineEntry entry, TaskNames names, TaskFormats formats) {
        String actor = entry.actorId() == null ? null : names.person(entry.actorId());
        return new TaskDetails.TimelineView(entry.kind().messageKey(), actor, formats.dateTime(entry.at()),
                entry.kind() == TimelineEntry.Kind.PROGRESS ? entry.progress() : null, entry.text(),
                detail(entry.detail(), names, formats), files.links(task.id(), entry.fileIds()));
    }

    private static Label detail(String detail, TaskNames names, TaskFormats formats) {
        if (detail == null) {
            return null;
        }
        try {
            if (detail.startsWith("due:")) {
                return new Label("tasks.page.timeline.due", formats.dateTime(Instant.parse(detail.substring(4))));
            }
            if (detail.startsWith("unit:")) {
                String[] parts = detail.split(" ");
                long unit = Long.parseLong(parts[0].substring(5));
                Long person = parts.length > 1 && parts[1].startsWith("person:")
                        ? Long.valueOf(parts[1].substring(7)) : null;
                return new Label("tasks.page.timeline.to", names.holder(unit, person));
            }
        } catch (RuntimeException malformed) {
            return null;
        }
        return null;
    }

    private static TaskDetails.DelegationView delegation(Delegation delegation, TaskNames names, TaskFormats formats) {
        return new TaskDetails.DelegationView(formats.dateTime(delegation.at()), names.person(delegation.byPersonId()),
                names.holder(delegation.fromUnitId(), delegation.fromPersonId()),
                names.holder(delegation.toUnitId(), delegation.toPersonId()), delegation.note());
    }

    private static TaskDetails.ExtensionView extension(Extension extension, TaskNames names, TaskFormats formats) {
        return new TaskDetails.ExtensionView(formats.dateTime(extension.requestedAt()),
                names.person(extension.requestedBy()), extension.reason(), formats.dateTime(extension.previousDueAt()),
                formats.dateTime(extension.requestedDueAt()), extension.status().messageKey(), extension.isPending(),
                formats.dateTime(extension.decidedAt()), names.person(extension.decidedBy()), extension.decisionNote());
    }

    /** Only paths inside the staff app are linked; anything else is shown as text. */
    private static String safeLink(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//") ? link : null;
    }
}
