package vn.cityhall.knowledge.web;

import java.util.Arrays;
import java.util.List;

import vn.cityhall.knowledge.SourceLink;
import vn.cityhall.knowledge.internal.IndexedEntry;
import vn.cityhall.knowledge.internal.KnowledgeCategory;

/** A published entry on the portal: its answer split into paragraphs at its line breaks. */
public record QuestionView(long id, String question, List<String> paragraphs, KnowledgeCategory category,
        List<SourceLink> links) {

    static QuestionView of(IndexedEntry entry) {
        return new QuestionView(entry.id(), entry.question(),
                Arrays.stream(entry.answer().split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList(),
                entry.category(), entry.links());
    }

    public String anchor() {
        return "q-" + id;
    }
}
