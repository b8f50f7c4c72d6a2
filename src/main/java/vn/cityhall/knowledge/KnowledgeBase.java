package vn.cityhall.knowledge;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.cityhall.knowledge.internal.KnowledgeIndex;
import vn.cityhall.knowledge.internal.SearchMatch;

/**
 * The questions and answers' entry point: finds the published entries that answer a citizen's question,
 * however it is typed (with or without accents, in any word order, in either Unicode normal form). Used by
 * the portal's Q&amp;A page and by the Zalo conversation.
 */
@Service
public class KnowledgeBase {

    /** The most answers one call returns. */
    public static final int MAX_LIMIT = 20;
    /** Longer questions are cut to this many characters before they are searched. */
    public static final int MAX_QUESTION = 500;

    private final KnowledgeIndex index;
    private final KnowledgeSettings settings;

    KnowledgeBase(KnowledgeIndex index, KnowledgeSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    /**
     * The published entries that answer the question, best first, at most {@code limit} (1 to
     * {@value #MAX_LIMIT}). Empty when nothing scores at least {@code cityhall.knowledge.minimum-score}:
     * then the caller tells the citizen how to reach an official. Drafts are never returned.
     */
    public List<KnowledgeAnswer> answer(String question, int limit) {
        if (question == null || question.isBlank()) {
            return List.of();
        }
        String asked = question.length() > MAX_QUESTION ? question.substring(0, MAX_QUESTION) : question;
        List<SearchMatch> matches = index.answers(asked, settings.minimumScore(),
                Math.max(1, Math.min(MAX_LIMIT, limit)));
        return matches.stream().map(match -> new KnowledgeAnswer(match.entry().id(), match.entry().question(),
                excerpt(match.entry().answer(), settings.excerptLength()), match.entry().links())).toList();
    }

    /** The beginning of the text, cut at a space before {@code max} characters, with "…" when cut. */
    static String excerpt(String text, int max) {
        String flat = text.strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return flat.substring(0, cut).stripTrailing() + "…";
    }
}
