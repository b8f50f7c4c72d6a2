package vn.cityhall.feedback.figures;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

import vn.cityhall.feedback.FeedbackChoices;

/**
 * The filters of a statistics page as given in the URL: months {@code from} and {@code to}
 * ({@code YYYY-MM}), a category id and a commune id. A value that cannot be used is named in an error
 * and left out; missing months mean the last twelve.
 */
public record StatisticsRequest(String from, String to, String category, String commune) {

    /** The filter to count with and the message keys of the values left out. */
    public record Parsed(FigureFilter filter, List<String> errors) {
    }

    /**
     * @param now the current month in the city's time zone
     * @param categoryExists whether a category id is known
     * @param communeExists whether a unit id is a commune
     * @param handlingUnits the units whose items the viewer may count, {@code null} for all
     */
    public Parsed parse(YearMonth now, LongPredicate categoryExists, LongPredicate communeExists,
            Set<Long> handlingUnits) {
        List<String> errors = new ArrayList<>();
        YearMonth start = month(from, errors);
        YearMonth end = month(to, errors);
        if (end == null) {
            end = start == null ? now : start.plusMonths(11).isAfter(now) ? now : start.plusMonths(11);
        }
        if (start == null) {
            start = end.minusMonths(11);
        }
        if (Math.abs(start.until(end, java.time.temporal.ChronoUnit.MONTHS)) >= FigureFilter.MAX_MONTHS) {
            errors.add("figures.error.tooLong");
        }
        Long categoryId = id(category, categoryExists, "figures.error.category", errors);
        Long communeId = id(commune, communeExists, "figures.error.commune", errors);
        return new Parsed(new FigureFilter(start, end, categoryId, communeId, handlingUnits), List.copyOf(errors));
    }

    private static YearMonth month(String value, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(value.strip());
            if (month.getYear() >= 2000 && month.getYear() <= 2100) {
                return month;
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        if (!errors.contains("figures.error.month")) {
            errors.add("figures.error.month");
        }
        return null;
    }

    private static Long id(String value, LongPredicate exists, String error, List<String> errors) {
        Long id = FeedbackChoices.id(value);
        if (id != null && (id <= 0 || !exists.test(id))) {
            errors.add(error);
            return null;
        }
        return id;
    }
}
