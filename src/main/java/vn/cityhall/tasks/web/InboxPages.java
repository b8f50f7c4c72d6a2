package vn.cityhall.tasks.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.PageView;
import vn.cityhall.tasks.inbox.InboxFilter;
import vn.cityhall.tasks.inbox.InboxQuery;
import vn.cityhall.tasks.inbox.InboxScope;
import vn.cityhall.tasks.inbox.InboxView;

/** Assembles the inbox for one person: their views, the page of tasks, the counters and the filter choices. */
@Component
class InboxPages {

    private final InboxScope scope;
    private final InboxQuery query;
    private final TaskViews views;
    private final UnitChoices choices;

    InboxPages(InboxScope scope, InboxQuery query, TaskViews views, UnitChoices choices) {
        this.scope = scope;
        this.query = query;
        this.views = views;
        this.choices = choices;
    }

    InboxPage page(StaffUser user, InboxFilter requested, int size) {
        InboxFilter filter = effective(user, requested);
        PageView<TaskRow> rows = views.page(user, filter, size);
        return new InboxPage(filter, scope.viewsFor(user), rows, query.counts(user, filter.view(), filter.subtree()),
                choices.visibleUnits(user, filter.unit()), !scope.unitAllowed(user, filter.unit()),
                filter.view() == InboxView.UNIT && scope.mayIncludeSubtree(user), user.is(Role.LEADER));
    }

    InboxPage counters(StaffUser user, InboxFilter requested) {
        InboxFilter filter = effective(user, requested);
        return new InboxPage(filter, scope.viewsFor(user), new PageView<>(List.of(), 0, InboxFilter.PAGE_SIZE, 0),
                query.counts(user, filter.view(), filter.subtree()), List.of(), false, false, user.is(Role.LEADER));
    }

    /** The filter with a view the person has and the subtree switch only for leaders in the unit view. */
    private InboxFilter effective(StaffUser user, InboxFilter requested) {
        InboxView view = scope.viewFor(user, requested.view());
        boolean subtree = requested.subtree() && view == InboxView.UNIT && scope.mayIncludeSubtree(user);
        return new InboxFilter(view, requested.status(), requested.source(), requested.role(), requested.unit(),
                subtree, requested.q(), requested.sort(), requested.focus(), requested.page(), requested.from(),
                requested.to(), requested.person());
    }
}
