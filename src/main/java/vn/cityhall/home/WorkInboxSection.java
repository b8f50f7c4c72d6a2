package vn.cityhall.home;

import java.util.List;

/**
 * One module's part of the home page.
 *
 * @param titleKey message key of the section title
 * @param icon a Bootstrap Icons name without the {@code bi-} prefix
 * @param counters headline numbers (overdue, due today, new …)
 * @param items the most urgent items, already ordered
 * @param moreHref link to the module's full list
 * @param fragmentUrl optional: a URL of the module's own htmx partial that replaces the section's
 *        body once the page has loaded ({@code hx-trigger="load"}), e.g. with tabs, live counters and
 *        inline actions; the counters and items above stay as the content without JavaScript
 */
public record WorkInboxSection(String titleKey, String icon, List<Counter> counters, List<Item> items,
        String moreHref, String fragmentUrl) {

    /** A section rendered by the home page alone, without a module partial. */
    public WorkInboxSection(String titleKey, String icon, List<Counter> counters, List<Item> items, String moreHref) {
        this(titleKey, icon, counters, items, moreHref, null);
    }

    /**
     * A headline number.
     *
     * @param tone a Bootstrap contextual colour: {@code danger}, {@code warning}, {@code primary} …
     */
    public record Counter(String labelKey, long value, String href, String tone) {
    }

    /**
     * An item to handle.
     *
     * @param title already-localized title (user content, e.g. a document subject)
     * @param subtitle already-localized detail line
     * @param dueLabel already-localized deadline text, or {@code null}
     * @param overdue whether the deadline has passed
     */
    public record Item(String title, String subtitle, String dueLabel, boolean overdue, String href) {
    }
}
