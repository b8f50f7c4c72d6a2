package vn.cityhall.knowledge;

import java.util.List;

/**
 * A published entry that answers a citizen's question, as {@link KnowledgeBase#answer} returns it.
 *
 * @param id the entry's id
 * @param question the entry's question, as staff wrote it
 * @param excerpt the beginning of the answer, at most a few hundred characters, cut at a word
 * @param links the official sources, in the order staff gave them
 */
public record KnowledgeAnswer(long id, String question, String excerpt, List<SourceLink> links) {

    public KnowledgeAnswer {
        links = List.copyOf(links);
    }
}
