package vn.cityhall.feedback.web;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.util.UriUtils;

import vn.cityhall.feedback.FeedbackChoices;
import vn.cityhall.feedback.FeedbackSearch;
import vn.cityhall.feedback.FeedbackStatus;

/**
 * The filters of {@code /feedback/items} as posted in the query string: text, state (open, awaiting screening,
 * assigned, answered, closed, refused, all), category, commune, unit, overdue only, received from/to month
 * ({@code yyyy-MM}). Anything unreadable filters nothing rather than failing.
 */
public record ItemsFilter(String q, String state, String categoryId, String communeId, String unitId, Boolean overdue,
        String from, String to) {

    static final Map<String, Set<FeedbackStatus>> STATES = states();

    public boolean overdueOnly() {
        return Boolean.TRUE.equals(overdue);
    }

    /** The state filter shown: open items unless another was chosen. */
    public String stateOrDefault() {
        return state == null || !STATES.containsKey(state) ? "open" : state;
    }

    FeedbackSearch.Criteria criteria(ZoneId zone) {
        return new FeedbackSearch.Criteria(q, STATES.getOrDefault(state == null ? "open" : state,
                STATES.get("open")), FeedbackChoices.id(categoryId), FeedbackChoices.id(communeId),
                FeedbackChoices.id(unitId), overdueOnly(), start(from, zone), end(to, zone));
    }

    /** The query string of this filter, for paging links. */
    String query() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", q);
        values.put("state", state);
        values.put("categoryId", categoryId);
        values.put("communeId", communeId);
        values.put("unitId", unitId);
        values.put("overdue", overdueOnly() ? "true" : null);
        values.put("from", from);
        values.put("to", to);
        return values.entrySet().stream().filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .map(entry -> entry.getKey() + "=" + UriUtils.encodeQueryParam(entry.getValue(), "UTF-8"))
                .collect(Collectors.joining("&"));
    }

    private static Instant start(String month, ZoneId zone) {
        YearMonth parsed = month(month);
        return parsed == null ? null : parsed.atDay(1).atStartOfDay(zone).toInstant();
    }

    private static Instant end(String month, ZoneId zone) {
        YearMonth parsed = month(month);
        return parsed == null ? null : parsed.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    private static YearMonth month(String text) {
        try {
            return text == null || text.isBlank() ? null : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, Set<FeedbackStatus>> states() {
        Map<String, Set<FeedbackStatus>> states = new LinkedHashMap<>();
        states.put("open", EnumSet.of(FeedbackStatus.RECEIVED, FeedbackStatus.ACCEPTED, FeedbackStatus.ASSIGNED));
        states.put("screening", EnumSet.of(FeedbackStatus.RECEIVED, FeedbackStatus.ACCEPTED));
        states.put("assigned", EnumSet.of(FeedbackStatus.ASSIGNED));
        states.put("answered", EnumSet.of(FeedbackStatus.ANSWERED, FeedbackStatus.CLOSED));
        states.put("refused", EnumSet.of(FeedbackStatus.REJECTED, FeedbackStatus.DUPLICATE));
        states.put("all", EnumSet.allOf(FeedbackStatus.class));
        return Map.copyOf(states);
    }
}
