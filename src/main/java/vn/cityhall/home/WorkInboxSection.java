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
 */
public record WorkInboxSection(String titleKey, String icon, List<Counter> counters, List<Item> items,
        String moreHref) {

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
