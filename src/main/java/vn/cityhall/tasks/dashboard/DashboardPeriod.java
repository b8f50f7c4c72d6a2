package vn.cityhall.tasks.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.cityhall.tasks.inbox.InboxFilter;

/**
 * The months a dashboard covers (by month of assignment), at most {@link #MAX_MONTHS}. Read leniently
 * from the URL: a missing or malformed month falls back to the default, this year so far.
 */
public record DashboardPeriod(YearMonth from, YearMonth to) {

    public static final int MAX_MONTHS = 36;

    public DashboardPeriod {
        if (from.isAfter(to)) {
            YearMonth swap = from;
            from = to;
            to = swap;
        }
        if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            from = to.minusMonths(MAX_MONTHS - 1);
        }
    }

    /** This year from January to the current month. */
    public static DashboardPeriod thisYear(LocalDate today) {
        return new DashboardPeriod(YearMonth.of(today.getYear(), 1), YearMonth.from(today));
    }

    public static DashboardPeriod parse(String from, String to, LocalDate today) {
        DashboardPeriod fallback = thisYear(today);
        YearMonth start = InboxFilter.parseMonth(from);
        YearMonth end = InboxFilter.parseMonth(to);
        return new DashboardPeriod(start == null ? fallback.from() : start, end == null ? fallback.to() : end);
    }

    /** Presets offered on the page: this month, this quarter, this year, the last twelve months. */
    public static List<Preset> presets(LocalDate today) {
        YearMonth now = YearMonth.from(today);
        YearMonth quarter = YearMonth.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1);
        return List.of(new Preset("tasks.dashboard.period.month", new DashboardPeriod(now, now)),
                new Preset("tasks.dashboard.period.quarter", new DashboardPeriod(quarter, now)),
                new Preset("tasks.dashboard.period.year", thisYear(today)),
                new Preset("tasks.dashboard.period.last12", new DashboardPeriod(now.minusMonths(11), now)));
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** "1/2026 – 11/2026", as Vietnamese writes months. */
    public String label() {
        return monthLabel(from) + " – " + monthLabel(to);
    }

    public static String monthLabel(YearMonth month) {
        return month.getMonthValue() + "/" + month.getYear();
    }

    public String query() {
        return "from=" + from + "&to=" + to;
    }


    /** A named period. */
    public record Preset(String labelKey, DashboardPeriod period) {
    }
}
