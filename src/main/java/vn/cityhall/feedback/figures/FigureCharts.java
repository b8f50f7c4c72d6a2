package vn.cityhall.feedback.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import vn.cityhall.shared.web.Localizer;

/**
 * The data of the figures' charts as JSON for a canvas's {@code data-chart} attribute (the page's
 * script draws them with Chart.js; the content security policy forbids inline scripts). Every chart has
 * a table beside it with the same figures.
 */
public final class FigureCharts {

    /** Communes in the commune chart: the busiest ones; the table lists all of them. */
    public static final int TOP_COMMUNES = 15;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FigureCharts() {
    }

    /** Per month: items in progress, answered and not accepted (stacked), and the on-time rate. */
    public static String months(Figures figures, Localizer i18n) {
        List<String> labels = new ArrayList<>();
        List<Long> inProgress = new ArrayList<>();
        List<Long> answered = new ArrayList<>();
        List<Long> notAccepted = new ArrayList<>();
        List<Double> rate = new ArrayList<>();
        for (Figures.Month month : figures.months()) {
            labels.add(month.label());
            inProgress.add(month.tally().inProgress());
            answered.add(month.tally().answered());
            notAccepted.add(month.tally().notAccepted());
            Double value = month.tally().onTimeRate();
            rate.add(value == null ? null : Math.round(value * 10) / 10.0);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "months");
        chart.put("labels", labels);
        chart.put("series", List.of(series(i18n.t("figures.inProgress"), inProgress),
                series(i18n.t("figures.answered"), answered), series(i18n.t("figures.notAccepted"), notAccepted)));
        chart.put("rate", series(i18n.t("figures.onTimeRate"), rate));
        return JSON.writeValueAsString(chart);
    }

    /** Items received per line (communes or categories), at most {@code limit} lines. */
    public static String bars(List<Breakdown> lines, int limit, Localizer i18n) {
        List<String> labels = new ArrayList<>();
        List<Long> received = new ArrayList<>();
        for (Breakdown line : lines.stream().limit(limit).toList()) {
            labels.add(line.id() == null ? i18n.t("figures.unknown") : line.name(i18n.language()));
            received.add(line.tally().received());
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "bars");
        chart.put("labels", labels);
        chart.put("series", List.of(series(i18n.t("figures.received"), received)));
        return JSON.writeValueAsString(chart);
    }

    private static Map<String, Object> series(String label, List<?> data) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("label", label);
        series.put("data", data);
        return series;
    }
}
