package vn.cityhall.tasks.web;

import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.cityhall.home.WorkInboxContribution;
import vn.cityhall.home.WorkInboxSection;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.StaffIdentity;
import vn.cityhall.shared.web.Localizer;
import vn.cityhall.tasks.inbox.InboxCounts;
import vn.cityhall.tasks.inbox.InboxFilter;
import vn.cityhall.tasks.inbox.InboxFocus;
import vn.cityhall.tasks.inbox.InboxQuery;
import vn.cityhall.tasks.inbox.InboxView;

/**
 * The main section of the home page: my tasks. Its body is the tasks module's own partial
 * ({@code /tasks/inbox}: tabs, live counters, rows with inline actions), loaded by htmx; the counters
 * and the most urgent tasks rendered here are what a browser without JavaScript shows.
 */
@Component
class TasksHomeContribution implements WorkInboxContribution {

    private static final int ITEMS = 5;

    private final InboxQuery query;
    private final TaskViews views;
    private final MessageSource messages;

    TasksHomeContribution(InboxQuery query, TaskViews views, MessageSource messages) {
        this.query = query;
        this.views = views;
        this.messages = messages;
    }

    @Override
    public Optional<WorkInboxSection> sectionFor(StaffIdentity viewer) {
        if (!(viewer instanceof StaffUser user)) {
            return Optional.empty();
        }
        Localizer i18n = new Localizer(messages, LocaleContextHolder.getLocale());
        InboxFilter mine = InboxFilter.of(InboxView.MINE);
        InboxCounts counts = query.counts(user, InboxView.MINE, false);
        List<WorkInboxSection.Counter> counters = List.of(
                new WorkInboxSection.Counter("tasks.inbox.counter.overdue", counts.overdue(),
                        mine.withFocus(InboxFocus.OVERDUE).href("/tasks"), "danger"),
                new WorkInboxSection.Counter("tasks.inbox.counter.today", counts.dueToday(),
                        mine.withFocus(InboxFocus.TODAY).href("/tasks"), "warning"),
                new WorkInboxSection.Counter("tasks.inbox.counter.new", counts.fresh(),
                        mine.withFocus(InboxFocus.NEW).href("/tasks"), "primary"));
        List<WorkInboxSection.Item> items = views.page(user, mine, ITEMS).items().stream()
                .map(row -> new WorkInboxSection.Item(row.title(), i18n.t(row.sourceKey()) + " · " + row.holder(),
                        row.dueLabel() == null ? null : i18n.t(row.dueLabel().key(), row.dueLabel().args()),
                        "danger".equals(row.dueTone()), row.href()))
                .toList();
        return Optional.of(new WorkInboxSection("tasks.home.title", "list-check", counters, items, "/tasks",
                "/tasks/inbox"));
    }

    @Override
    public int order() {
        return 10;
    }
}
