package vn.cityhall.feedback.figures;

import java.util.List;

import vn.cityhall.shared.web.Localizer;

/** One line of a figures table: its label in the page's language and its counts. */
public record FigureLine(String label, Tally tally) {

    /** Every month of the period, in order. */
    public static List<FigureLine> months(Figures figures) {
        return figures.months().stream().map(month -> new FigureLine(month.label(), month.tally())).toList();
    }

    /** Communes or categories, items without one under "unknown". */
    public static List<FigureLine> of(List<Breakdown> lines, Localizer i18n) {
        return lines.stream().map(line -> new FigureLine(line.id() == null ? i18n.t("figures.unknown")
                : line.name(i18n.language()), line.tally())).toList();
    }
}
