package vn.cityhall.feedback.figures;

import java.util.List;

import vn.cityhall.feedback.FeedbackChoice;

/**
 * The staff statistics page: the figures, the filters as chosen, what was left out, the choices of the
 * filter form and the charts' data.
 *
 * @param scopeKey the message key saying whose items are counted
 * @param query the filters as a query string, for the export link
 */
public record StatisticsPage(Figures figures, List<String> errors, List<FeedbackChoice> categories,
        List<FeedbackChoice> communes, String scopeKey, String query, String monthsChart, String communesChart,
        String categoriesChart) {
}
