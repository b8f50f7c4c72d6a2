package vn.cityhall.knowledge.internal;

import java.util.List;

import vn.cityhall.knowledge.SourceLink;

/**
 * What staff write in an entry, already checked: an NFC question and answer (the answer's line breaks
 * kept as {@code \n}), a category, keywords and links to official sources.
 */
public record EntryContent(String question, String answer, KnowledgeCategory category, List<String> keywords,
        List<SourceLink> links) {

    public EntryContent {
        if (question == null || question.isBlank() || answer == null || answer.isBlank() || category == null) {
            throw new IllegalArgumentException("An entry needs a question, an answer and a category");
        }
        keywords = List.copyOf(keywords);
        links = List.copyOf(links);
    }

    /** The keywords as stored: joined with ", ". */
    String joinedKeywords() {
        return String.join(", ", keywords);
    }

    static List<String> splitKeywords(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(joined.split(",")).map(String::strip).filter(word -> !word.isEmpty()).toList();
    }
}
