package vn.cityhall.feedback.figures;

import java.util.Locale;

/** Numbers as each language writes them, for the figures' pages and charts. */
public final class FigureFormats {

    private FigureFormats() {
    }

    /** "12.345" in Vietnamese, "12,345" in English. */
    public static String number(long value, Locale locale) {
        String grouped = String.format(Locale.ROOT, "%,d", value);
        return vietnamese(locale) ? grouped.replace(',', '.') : grouped;
    }

    /** "87,5 %" in Vietnamese, "87.5 %" in English, a dash when there is no rate. */
    public static String rate(Double percent, Locale locale) {
        return percent == null ? "–" : decimal(percent, locale) + " %";
    }

    /** "4,2" in Vietnamese, "4.2" in English, a dash when nobody rated. */
    public static String rating(Double average, Locale locale) {
        return average == null ? "–" : decimal(average, locale);
    }

    private static String decimal(double value, Locale locale) {
        String number = String.format(Locale.ROOT, "%.1f", value);
        return vietnamese(locale) ? number.replace('.', ',') : number;
    }

    private static boolean vietnamese(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }
}
