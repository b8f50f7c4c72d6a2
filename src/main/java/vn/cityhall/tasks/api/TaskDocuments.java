package vn.cityhall.tasks.api;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.PersonId;
import vn.cityhall.organization.PersonView;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitId;
import vn.cityhall.tasks.Task;
import vn.cityhall.tasks.TaskDeadlines;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskManagement;
import vn.cityhall.tasks.TaskPermissions;
import vn.cityhall.tasks.inbox.InboxFilter;
import vn.cityhall.tasks.inbox.InboxQuery;
import vn.cityhall.tasks.inbox.InboxScope;

/** Maps tasks to their JSON documents for one caller, inside a read-only transaction. */
@Component
@Transactional(readOnly = true)
class TaskDocuments {

    private final TaskManagement management;
    private final TaskPermissions permissions;
    private final InboxQuery inbox;
    private final InboxScope scope;
    private final OrganizationDirectory directory;
    private final TaskDeadlines deadlines;
    private final Clock clock;

    TaskDocuments(TaskManagement management, TaskPermissions permissions, InboxQuery inbox, InboxScope scope,
            OrganizationDirectory directory, TaskDeadlines deadlines, Clock clock) {
        this.management = management;
        this.permissions = permissions;
        this.inbox = inbox;
        this.scope = scope;
        this.directory = directory;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    TaskSummary.Page page(StaffUser user, InboxFilter requested) {
        InboxFilter filter = new InboxFilter(scope.viewFor(user, requested.view()), requested.status(),
                requested.source(), requested.role(), requested.unit(), requested.subtree(), requested.q(),
                requested.sort(), requested.focus(), requested.page(), requested.from(), requested.to(),
                requested.person());
        Page<Task> page = inbox.find(user, filter, InboxFilter.PAGE_SIZE);
        List<TaskSummary> items = page.getContent().stream().map(this::summary).toList();
        return new TaskSummary.Page(filter.view().param(), items, page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    TaskDocument document(StaffUser user, TaskId id) {
        Task task = management.find(user, id);
        boolean closed = !task.status().isOpen();
        Integer left = closed || task.dueAt() == null ? null : daysLeft(task);
        return new TaskDocument(task.id().value(), task.title(), task.description(), source(task),
                unit(task.responsibleUnitId()), unit(task.holderUnitId()), person(task.holderPersonId()), task.role(),
                task.urgency(), task.status(), task.progress(), person(task.assignedBy()), task.assignedAt(),
                task.originalDueAt(), task.dueAt(), task.isOverdue(clock.instant()), left, task.resultSummary(),
                task.completedAt(), task.onTime(), actions(user, task),
                task.timeline().stream().map(entry -> new TaskDocument.Step(entry.kind().name(), entry.at(),
                        person(entry.actorId()), entry.progress(), entry.text(), entry.fileIds())).toList(),
                task.delegations().stream().map(link -> new TaskDocument.DelegationLink(link.at(),
                        person(link.byPersonId()), unit(link.fromUnitId()), person(link.fromPersonId()),
                        unit(link.toUnitId()), person(link.toPersonId()), link.note())).toList(),
                task.extensions().stream().map(request -> new TaskDocument.ExtensionRequest(request.requestedAt(),
                        person(request.requestedBy()), request.reason(), request.previousDueAt(),
                        request.requestedDueAt(), request.status().name(), request.decidedAt(),
                        person(request.decidedBy()), request.decisionNote())).toList());
    }

    private TaskSummary summary(Task task) {
        return new TaskSummary(task.id().value(), task.title(), source(task), unit(task.responsibleUnitId()),
                unit(task.holderUnitId()), person(task.holderPersonId()), task.role(), task.urgency(), task.status(),
                task.progress(), task.assignedAt(), task.dueAt(), task.isOverdue(clock.instant()));
    }

    private List<String> actions(StaffUser user, Task task) {
        List<String> actions = new ArrayList<>();
        if (!task.status().isOpen()) {
            return actions;
        }
        boolean pending = task.pendingExtension().isPresent();
        if (permissions.mayWork(user, task)) {
            actions.addAll(List.of("progress", "notes", "complete"));
            if (task.dueAt() != null && !pending) {
                actions.add("extension-requests");
            }
        }
        if (pending && permissions.mayDecideExtension(user, task)) {
            actions.add("extension-decision");
        }
        if (permissions.mayDelegate(user, task)) {
            actions.add("delegation");
        }
        if (permissions.mayCancel(user, task)) {
            actions.add("cancellation");
        }
        return actions;
    }

    private Integer daysLeft(Task task) {
        try {
            return deadlines.workingDaysLeft(task.dueAt());
        } catch (RuntimeException outsideCalendar) {
            return null;
        }
    }

    private static TaskDocument.Source source(Task task) {
        return new TaskDocument.Source(task.source().module(), task.source().kind(), task.source().reference(),
                task.source().link());
    }

    private TaskDocument.UnitRef unit(long id) {
        return directory.unit(UnitId.of(id)).map(unit -> new TaskDocument.UnitRef(id, unit.code(), unit.name()))
                .orElse(new TaskDocument.UnitRef(id, null, null));
    }

    private TaskDocument.PersonRef person(Long id) {
        if (id == null) {
            return null;
        }
        return new TaskDocument.PersonRef(id, directory.person(PersonId.of(id)).map(PersonView::fullName).orElse(null));
    }
}
