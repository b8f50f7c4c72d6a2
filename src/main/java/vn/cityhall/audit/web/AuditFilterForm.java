package vn.cityhall.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import vn.cityhall.audit.AuditOutcome;
import vn.cityhall.audit.AuditQuery;
import vn.cityhall.shared.Texts;

/**
 * The filters of the audit search page, as typed (query parameters). Dates are accepted as sent by
 * a date picker ({@code 2026-02-28}) or as typed by hand ({@code 28/02/2026}).
 */
public record AuditFilterForm(String actor, String action, String targetType, String targetId, String outcome,
        String from, String to, String text, String page) {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Message keys of what is wrong, by field; empty when the filters can be applied. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (Texts.cleanOrNull(outcome) != null && parseOutcome() == null) {
            problems.put("outcome", "audit.search.outcome.invalid");
        }
        LocalDate first = date(from);
        LocalDate last = date(to);
        if (Texts.cleanOrNull(from) != null && first == null) {
            problems.put("from", "audit.search.date.invalid");
        }
        if (Texts.cleanOrNull(to) != null && last == null) {
            problems.put("to", "audit.search.date.invalid");
        }
        if (first != null && last != null && first.isAfter(last)) {
            problems.put("to", "audit.search.range.invalid");
        }
        return problems;
    }

    /** The query; only valid when {@link #problems()} is empty. */
    AuditQuery toQuery() {
        return new AuditQuery(actor, action, targetType, targetId, parseOutcome(), date(from), date(to), text);
    }

    int pageNumber() {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The search URL with these filters, ending in {@code page=} for the pagination links. */
    String pageLinkPrefix() {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/admin/audit");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("actor", actor);
        values.put("action", action);
        values.put("targetType", targetType);
        values.put("targetId", targetId);
        values.put("outcome", outcome);
        values.put("from", from);
        values.put("to", to);
        values.put("text", text);
        values.forEach((name, value) -> {
            if (Texts.cleanOrNull(value) != null) {
                url.queryParam(name, Texts.clean(value));
            }
        });
        String base = url.encode().build().toUriString();
        return base + (base.contains("?") ? "&" : "?") + "page=";
    }

    /** The outcomes a user can pick. */
    static List<AuditOutcome> outcomes() {
        return List.of(AuditOutcome.values());
    }

    private AuditOutcome parseOutcome() {
        String value = Texts.cleanOrNull(outcome);
        if (value == null) {
            return null;
        }
        for (AuditOutcome candidate : AuditOutcome.values()) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        return null;
    }

    private static LocalDate date(String value) {
        String text = Texts.cleanOrNull(value);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : List.of(ISO, TYPED)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }
}
