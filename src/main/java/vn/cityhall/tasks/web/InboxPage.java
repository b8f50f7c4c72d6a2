package vn.cityhall.tasks.web;

import java.util.List;

import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.web.PageView;
import vn.cityhall.tasks.inbox.InboxCounts;
import vn.cityhall.tasks.inbox.InboxFilter;
import vn.cityhall.tasks.inbox.InboxSort;
import vn.cityhall.tasks.inbox.InboxStatus;
import vn.cityhall.tasks.inbox.InboxView;

/**
 * What the inbox page and its fragments show.
 *
 * @param filter the filter, with the view the person may have
 * @param views the tabs offered to the person
 * @param unitRefused whether the URL named a unit outside the person's scope (nothing is shown)
 * @param subtreeOffered whether the "include units below" switch is offered (leaders, unit view)
 * @param mayAssign whether the "assign a task" button is shown (leaders)
 */
public record InboxPage(InboxFilter filter, List<InboxView> views, PageView<TaskRow> rows, InboxCounts counts,
        List<Option> units, boolean unitRefused, boolean subtreeOffered, boolean mayAssign) {

    /** Source kinds that may be chosen; their labels are {@code tasks.source.<kind>}. */
    public static final List<String> SOURCES = List.of("tasks.standalone", "feedback.handling", "documents.processing",
            "meetings.conclusion", "reporting.submission");

    public List<String> sources() {
        return SOURCES;
    }

    public List<ObligationRole> roles() {
        return List.of(ObligationRole.values());
    }

    public List<InboxStatus> statuses() {
        return List.of(InboxStatus.values());
    }

    public List<InboxSort> sorts() {
        return List.of(InboxSort.values());
    }

    /** The counters partial's URL for this view. */
    public String countersHref() {
        return "/tasks/counters?view=" + filter.view().param() + (filter.subtree() ? "&subtree=true" : "");
    }
}
