package vn.cityhall.knowledge.internal;

import java.util.List;

import vn.cityhall.knowledge.SourceLink;

/**
 * An entry as the search holds it in memory.
 *
 * @param keywords the keywords, each a word or a phrase
 */
public record IndexedEntry(long id, String question, String answer, KnowledgeCategory category,
        List<String> keywords, EntryStatus status, List<SourceLink> links) {

    public IndexedEntry {
        keywords = List.copyOf(keywords);
        links = List.copyOf(links);
    }

    public boolean published() {
        return status == EntryStatus.PUBLISHED;
    }
}
