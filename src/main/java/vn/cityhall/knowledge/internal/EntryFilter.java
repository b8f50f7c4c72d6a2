package vn.cityhall.knowledge.internal;

/**
 * The staff list's search: words (accents optional), a category and a status, each optional.
 */
public record EntryFilter(String text, KnowledgeCategory category, EntryStatus status) {

    public static final EntryFilter ALL = new EntryFilter(null, null, null);

    boolean accepts(IndexedEntry entry) {
        return (category == null || entry.category() == category) && (status == null || entry.status() == status);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
