package vn.cityhall.feedback.figures;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.cityhall.shared.CityZone;

/**
 * Which items the figures count: received in the months {@code from}–{@code to} (in the city's time
 * zone, at most {@link #MAX_MONTHS}), optionally of one category and one commune, and handled by one of
 * {@code handlingUnits} ({@code null}: any item, handled or not).
 */
public record FigureFilter(YearMonth from, YearMonth to, Long categoryId, Long communeId, Set<Long> handlingUnits) {

    public static final int MAX_MONTHS = 36;

    public FigureFilter {
        if (from.isAfter(to)) {
            YearMonth swap = from;
            from = to;
            to = swap;
        }
        if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            from = to.minusMonths(MAX_MONTHS - 1);
        }
        handlingUnits = handlingUnits == null ? null : Set.copyOf(handlingUnits);
    }

    /** Every item received in the twelve months up to and including {@code month}. */
    public static FigureFilter lastTwelveMonths(YearMonth month) {
        return new FigureFilter(month.minusMonths(11), month, null, null, null);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The first instant of a month in the city's time zone. */
    public static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(CityZone.ID).toInstant();
    }
}
