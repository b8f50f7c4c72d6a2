package vn.cityhall.tasks.inbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Texts;

/**
 * What the inbox shows, as read from the URL (so that every filter is a deep link and survives the
 * back button). Unknown or malformed values fall back to the defaults: my open tasks, soonest
 * deadline first.
 *
 * @param source a source kind such as {@code tasks.standalone}, or {@code null} for all
 * @param role a role, or {@code null} for all
 * @param unit a unit id (holder or responsible unit), or {@code null} for all the view covers
 * @param subtree in the unit view, whether the units below are included (leaders)
 * @param q free text matched against title and reference, accents ignored, or {@code null}
 * @param focus a counter's selection (overdue, due today, new), or {@code null}
 * @param page zero-based page number
 * @param from with {@code to}: only tasks assigned in these months (the dashboard's period), or {@code null}
 * @param to the last month of the period, or {@code null}
 * @param person only tasks held by this person (the dashboard's person rows), or {@code null}
 */
public record InboxFilter(InboxView view, InboxStatus status, String source, ObligationRole role, Long unit,
        boolean subtree, String q, InboxSort sort, InboxFocus focus, int page, YearMonth from, YearMonth to,
        Long person) {

    public static final int PAGE_SIZE = 20;
    private static final Pattern SOURCE_KIND = Pattern.compile("[a-z][a-zA-Z0-9]*\\.[a-zA-Z0-9.]+");
    private static final int Q_MAX = 200;

    public InboxFilter {
        view = view == null ? InboxView.MINE : view;
        status = status == null ? InboxStatus.OPEN : status;
        sort = sort == null ? InboxSort.DUE : sort;
        q = Texts.cleanOrNull(q);
        q = q != null && q.length() > Q_MAX ? q.substring(0, Q_MAX) : q;
        source = source == null || !SOURCE_KIND.matcher(source).matches() || source.length() > 64 ? null : source;
        page = Math.max(0, Math.min(page, 10_000));
        if (from != null && to != null && from.isAfter(to)) {
            YearMonth swap = from;
            from = to;
            to = swap;
        }
    }

    public InboxFilter(InboxView view, InboxStatus status, String source, ObligationRole role, Long unit,
            boolean subtree, String q, InboxSort sort, InboxFocus focus, int page) {
        this(view, status, source, role, unit, subtree, q, sort, focus, page, null, null, null);
    }

    /** The default: my open tasks by deadline. */
    public static InboxFilter of(InboxView view) {
        return new InboxFilter(view, InboxStatus.OPEN, null, null, null, false, null, InboxSort.DUE, null, 0);
    }

    /** Reads the URL parameters leniently. */
    public static InboxFilter parse(String view, String status, String source, String role, String unit,
            String subtree, String q, String sort, String focus, String page) {
        return parse(view, status, source, role, unit, subtree, q, sort, focus, page, null, null, null);
    }

    /** Reads the URL parameters leniently, with the dashboard's period and person. */
    public static InboxFilter parse(String view, String status, String source, String role, String unit,
            String subtree, String q, String sort, String focus, String page, String from, String to, String person) {
        return new InboxFilter(InboxView.parse(view), InboxStatus.parse(status), Texts.cleanOrNull(source),
                parseRole(role), parseLong(unit), "true".equalsIgnoreCase(subtree) || "on".equalsIgnoreCase(subtree),
                q, InboxSort.parse(sort), InboxFocus.parse(focus).orElse(null), (int) Math.min(
                        parseLong(page) == null ? 0 : parseLong(page), Integer.MAX_VALUE),
                parseMonth(from), parseMonth(to), parseLong(person));
    }

    /** The statuses to show: a counter's selection always means open tasks. */
    public InboxStatus effectiveStatus() {
        return focus == null ? status : InboxStatus.OPEN;
    }

    /** Whether the group headings (overdue, today, this week, later) make sense: open tasks by deadline. */
    public boolean grouped() {
        return sort == InboxSort.DUE && effectiveStatus() == InboxStatus.OPEN;
    }

    /** Whether anything beyond the view was chosen. */
    public boolean narrowed() {
        return status != InboxStatus.OPEN || source != null || role != null || unit != null || q != null
                || focus != null || from != null || to != null || person != null;
    }

    public InboxFilter withView(InboxView other) {
        return new InboxFilter(other, InboxStatus.OPEN, null, null, null, subtree, null, sort, null, 0);
    }

    public InboxFilter withFocus(InboxFocus other) {
        return new InboxFilter(view, InboxStatus.OPEN, null, null, null, subtree, null, InboxSort.DUE, other, 0);
    }

    public InboxFilter withPage(int other) {
        return new InboxFilter(view, status, source, role, unit, subtree, q, sort, focus, other, from, to, person);
    }

    public InboxFilter withSubtree(boolean other) {
        return new InboxFilter(view, status, source, role, unit, other, q, sort, focus, 0, from, to, person);
    }

    /** The URL query (without {@code ?}) of this filter, leaving out defaults and the page. */
    public String query() {
        StringJoiner query = new StringJoiner("&");
        query.add("view=" + view.param());
        if (status != InboxStatus.OPEN) {
            query.add("status=" + status.param());
        }
        if (source != null) {
            query.add("source=" + encode(source));
        }
        if (role != null) {
            query.add("role=" + role.name());
        }
        if (unit != null) {
            query.add("unit=" + unit);
        }
        if (subtree) {
            query.add("subtree=true");
        }
        if (q != null) {
            query.add("q=" + encode(q));
        }
        if (sort != InboxSort.DUE) {
            query.add("sort=" + sort.param());
        }
        if (focus != null) {
            query.add("focus=" + focus.param());
        }
        if (from != null) {
            query.add("from=" + from);
        }
        if (to != null) {
            query.add("to=" + to);
        }
        if (person != null) {
            query.add("person=" + person);
        }
        return query.toString();
    }

    /** The link to this filter on a page, e.g. {@code /tasks}. */
    public String href(String path) {
        return path + "?" + query() + (page > 0 ? "&page=" + page : "");
    }

    /** The prefix the pagination component appends a page number to. */
    public String pagePrefix(String path) {
        return path + "?" + query() + "&page=";
    }

    private static ObligationRole parseRole(String value) {
        for (ObligationRole role : ObligationRole.values()) {
            if (role.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return role;
            }
        }
        return null;
    }

    /** A month as {@code YYYY-MM} within the calendar's years, or {@code null} when missing or malformed. */
    public static YearMonth parseMonth(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(value.strip());
            return month.getYear() < 1900 || month.getYear() > 2100 ? null : month;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Long parseLong(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            return parsed < 0 ? null : parsed;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
