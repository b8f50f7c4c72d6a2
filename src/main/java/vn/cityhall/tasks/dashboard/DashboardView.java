package vn.cityhall.tasks.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import vn.cityhall.shared.web.Localizer;

import vn.cityhall.tasks.tally.TallyCounts;

/** Page helpers for the dashboard template: the order, the period presets, and number formats. */
public record DashboardView(DashboardSort sort, List<DashboardPeriod.Preset> presets) {

    /** "87,5 %" in Vietnamese style, or a dash when nothing is due yet. */
    public String rate(TallyCounts counts, Locale locale) {
        Double rate = counts.onTimeRate();
        if (rate == null) {
            return "–";
        }
        String number = String.format(Locale.ROOT, "%.1f", rate);
        return ("vi".equals(locale.getLanguage()) ? number.replace('.', ',') : number) + " %";
    }

    /** Thousands separated as the language writes them: "12.345" in Vietnamese, "12,345" in English. */
    public String number(long value, Locale locale) {
        String grouped = String.format(Locale.ROOT, "%,d", value);
        return "vi".equals(locale.getLanguage()) ? grouped.replace(',', '.') : grouped;
    }

    /** The monthly trend for the chart, as JSON: labels and the series in the page's language. */
    public String trendJson(Dashboard dashboard, Localizer i18n) {
        StringJoiner labels = new StringJoiner(",", "[", "]");
        StringJoiner onTime = new StringJoiner(",", "[", "]");
        StringJoiner late = new StringJoiner(",", "[", "]");
        StringJoiner overdue = new StringJoiner(",", "[", "]");
        StringJoiner open = new StringJoiner(",", "[", "]");
        StringJoiner rate = new StringJoiner(",", "[", "]");
        for (Dashboard.Month month : dashboard.trend()) {
            labels.add(quote(DashboardPeriod.monthLabel(month.month())));
            onTime.add(Long.toString(month.counts().doneOnTime()));
            late.add(Long.toString(month.counts().doneLate()));
            overdue.add(Long.toString(month.counts().overdue()));
            open.add(Long.toString(month.counts().open()));
            Double value = month.counts().onTimeRate();
            rate.add(value == null ? "null" : String.format(Locale.ROOT, "%.1f", value));
        }
        return "{\"labels\":" + labels + ",\"series\":{"
                + series("onTime", i18n.t("tasks.dashboard.column.doneOnTime"), onTime) + ","
                + series("late", i18n.t("tasks.dashboard.column.doneLate"), late) + ","
                + series("overdue", i18n.t("tasks.dashboard.column.overdue"), overdue) + ","
                + series("open", i18n.t("tasks.dashboard.column.open"), open) + ","
                + series("rate", i18n.t("tasks.dashboard.column.rate"), rate) + "}}";
    }

    private static String series(String name, String label, StringJoiner values) {
        return quote(name) + ":{\"label\":" + quote(label) + ",\"data\":" + values + "}";
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /** The tone of a rate: green from 90 %, amber from 70 %, red below. */
    public String tone(TallyCounts counts) {
        Double rate = counts.onTimeRate();
        return rate == null ? "secondary" : rate >= 90 ? "success" : rate >= 70 ? "warning" : "danger";
    }
}
