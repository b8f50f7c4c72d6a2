package vn.cityhall.feedback.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.cityhall.feedback.FeedbackInvalid.FieldError;

/**
 * The parameters of Open311's {@code GET requests}, read as the specification has them: a list of
 * {@code service_request_id} overrides everything else; otherwise {@code service_code} and
 * {@code status} (comma lists) and {@code start_date}/{@code end_date} (W3C times with a zone, at most
 * 90 days apart, the last 90 days by default); at most 1,000 requests. {@code page} and
 * {@code page_size} (the common extension) page through more. An empty parameter is an absent one.
 */
record Open311Query(ApiItems.Filter filter, List<FieldError> errors) {

    static final Duration MAX_RANGE = Duration.ofDays(90);
    static final int MAX_REQUESTS = 1000;
    static final int MAX_PAGE = 10_000;

    static Open311Query parse(String ids, String serviceCodes, String start, String end, String status, String page,
            String pageSize, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        List<String> codes = list(ids).stream().map(code -> code.toUpperCase(Locale.ROOT)).limit(MAX_REQUESTS).toList();
        List<String> statuses = new ArrayList<>();
        for (String value : list(status)) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "open" -> statuses.addAll(ApiItems.OPEN);
                case "closed" -> statuses.addAll(ApiItems.CLOSED);
                default -> errors.add(new FieldError("status", "feedbackapi.open311.error.status", value));
            }
        }
        Optional<Instant> from = time("start_date", start, errors);
        Optional<Instant> to = time("end_date", end, errors);
        Instant toTime = to.orElseGet(() -> from.map(time -> time.plus(MAX_RANGE)).orElse(now));
        Instant fromTime = from.orElse(toTime.minus(MAX_RANGE));
        if (fromTime.isAfter(toTime)) {
            errors.add(new FieldError("start_date", "feedbackapi.open311.error.dateOrder"));
        } else if (Duration.between(fromTime, toTime).compareTo(MAX_RANGE) > 0) {
            errors.add(new FieldError("end_date", "feedbackapi.open311.error.dateRange", MAX_RANGE.toDays()));
        }
        int size = number("page_size", pageSize, MAX_REQUESTS, MAX_REQUESTS, errors);
        int number = number("page", page, 1, MAX_PAGE, errors);
        return new Open311Query(new ApiItems.Filter(codes, list(serviceCodes), fromTime, toTime,
                List.copyOf(new LinkedHashSet<>(statuses)), codes.isEmpty() ? size : MAX_REQUESTS,
                codes.isEmpty() ? (number - 1) * size : 0), errors);
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(part -> !part.isEmpty()).distinct().toList();
    }

    private static Optional<Instant> time(String parameter, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<Instant> time = W3cTime.parse(value);
        if (time.isEmpty()) {
            errors.add(new FieldError(parameter, "feedbackapi.open311.error.date"));
        }
        return time;
    }

    /** A whole number from 1 to {@code max}, or {@code fallback} when absent. */
    private static int number(String parameter, String value, int fallback, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Not a number: reported like one out of range.
        }
        errors.add(new FieldError(parameter, "feedbackapi.open311.error.number", max));
        return fallback;
    }
}
