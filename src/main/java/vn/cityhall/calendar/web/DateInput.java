package vn.cityhall.calendar.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as typed into the calendar's forms: ISO {@code 2026-02-12}, as date inputs send them, or
 * {@code 12/02/2026}, as people write them (browsers without a date picker show a text box).
 */
final class DateInput {

    /** How the calendar pages show a date. */
    static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private DateInput() {
    }

    /** The date, or empty if the text is not a real date in either form. */
    static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            Matcher matcher = DAY_MONTH_YEAR.matcher(value);
            if (matcher.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(1))));
            }
            return Optional.of(LocalDate.parse(value, ISO));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What to put back into a date input: the ISO form when the text is a date (a date input
     * shows nothing for {@code 12/02/2026}), else the text as typed, so it can be corrected.
     */
    static String forInput(String text) {
        return parse(text).map(LocalDate::toString).orElse(text == null ? "" : text.strip());
    }

    static String display(LocalDate date) {
        return DISPLAY.format(date);
    }
}
