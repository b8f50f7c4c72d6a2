package vn.cityhall.tasks.dashboard;

import java.util.Comparator;
import java.util.Locale;

import vn.cityhall.tasks.tally.TallyCounts;

/** How the lines of the table are ordered: as in the unit tree, most overdue first, lowest on-time rate first, most assigned first. */
public enum DashboardSort {
    ORDER, OVERDUE, RATE, ASSIGNED;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DashboardSort parse(String value) {
        for (DashboardSort sort : values()) {
            if (sort.param().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return sort;
            }
        }
        return ORDER;
    }

    /** The order of lines by their figures; {@code null} keeps the tree's order. */
    Comparator<DashboardRow> comparator() {
        Comparator<TallyCounts> figures = switch (this) {
            case ORDER -> null;
            case OVERDUE -> Comparator.comparingLong(TallyCounts::overdue).reversed();
            case RATE -> Comparator.comparing(TallyCounts::onTimeRate, Comparator.nullsLast(Comparator.naturalOrder()));
            case ASSIGNED -> Comparator.comparingLong(TallyCounts::assigned).reversed();
        };
        return figures == null ? null : Comparator.comparing(DashboardRow::counts, figures);
    }
}
