package vn.cityhall.portal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

import org.springframework.web.util.UriComponentsBuilder;

import vn.cityhall.feedback.FeedbackChoices;
import vn.cityhall.feedback.figures.PublishedQuery;

/**
 * The search of the published answers as given in the URL: words {@code q}, {@code category} and
 * {@code commune} ids, a {@code month} ({@code YYYY-MM}) and a {@code page}. A value that cannot be used
 * is named in an error and left out.
 */
public record AnswersRequest(String q, String category, String commune, String month, Integer page) {

    static final int MAX_TEXT = 200;

    /** The query and the message keys of the values left out. */
    record Parsed(PublishedQuery query, List<String> errors) {
    }

    Parsed parse(LongPredicate categoryExists, LongPredicate communeExists) {
        List<String> errors = new ArrayList<>();
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        Long categoryId = id(category, categoryExists, "portal.answers.error.category", errors);
        Long communeId = id(commune, communeExists, "portal.answers.error.commune", errors);
        YearMonth chosen = null;
        if (month != null && !month.isBlank()) {
            try {
                chosen = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                errors.add("portal.answers.error.month");
            }
        }
        return new Parsed(new PublishedQuery(text, categoryId, communeId, chosen), List.copyOf(errors));
    }

    int pageNumber() {
        return page == null ? 0 : Math.max(0, page);
    }

    /** The query string of a parsed query, without the page, for links and the map's points. */
    static String query(PublishedQuery query) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        if (query.text() != null) {
            builder.queryParam("q", query.text());
        }
        if (query.categoryId() != null) {
            builder.queryParam("category", query.categoryId());
        }
        if (query.communeId() != null) {
            builder.queryParam("commune", query.communeId());
        }
        if (query.month() != null) {
            builder.queryParam("month", query.month());
        }
        String encoded = builder.encode().build().getQuery();
        return encoded == null ? "" : encoded;
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
