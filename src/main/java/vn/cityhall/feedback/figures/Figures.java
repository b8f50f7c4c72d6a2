package vn.cityhall.feedback.figures;

import java.time.YearMonth;
import java.util.List;

/**
 * The figures of a {@link FigureFilter}: all together, per month of receipt (every month of the
 * period, in order), per commune and per category (most received first).
 */
public record Figures(FigureFilter filter, Tally total, List<Month> months, List<Breakdown> communes,
        List<Breakdown> categories) {

    /** One month of receipt. */
    public record Month(YearMonth month, Tally tally) {

        /** "3/2026", as Vietnamese writes months. */
        public String label() {
            return month.getMonthValue() + "/" + month.getYear();
        }
    }

    /** The figures of the given month of the period, zero when it lies outside. */
    public Tally month(YearMonth month) {
        return months.stream().filter(line -> line.month().equals(month)).map(Month::tally).findFirst()
                .orElse(Tally.ZERO);
    }
}
