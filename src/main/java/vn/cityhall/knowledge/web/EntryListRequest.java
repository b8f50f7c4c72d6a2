package vn.cityhall.knowledge.web;

import org.springframework.web.util.UriComponentsBuilder;

import vn.cityhall.knowledge.internal.EntryFilter;
import vn.cityhall.knowledge.internal.EntryStatus;
import vn.cityhall.knowledge.internal.KnowledgeCategory;
import vn.cityhall.shared.Texts;

/**
 * The staff list's search as given in the URL: words {@code q}, a {@code category}, a {@code status} and a
 * {@code page}. An unknown category or status is ignored.
 */
public record EntryListRequest(String q, String category, String status, Integer page) {

    static final int MAX_TEXT = 200;

    EntryFilter filter() {
        String text = Texts.cleanOrNull(q);
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        return new EntryFilter(text, KnowledgeCategory.parse(category), EntryStatus.parse(status));
    }

    int pageNumber() {
        return page == null ? 0 : Math.max(0, page);
    }

    /** The list's URL with this search, ready for a page number to be appended. */
    public String pagePrefix() {
        EntryFilter filter = filter();
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(EntryController.PATH);
        if (filter.text() != null) {
            builder.queryParam("q", filter.text());
        }
        if (filter.category() != null) {
            builder.queryParam("category", filter.category().name());
        }
        if (filter.status() != null) {
            builder.queryParam("status", filter.status().name());
        }
        String url = builder.encode().build().toUriString();
        return url + (url.contains("?") ? "&" : "?") + "page=";
    }
}
