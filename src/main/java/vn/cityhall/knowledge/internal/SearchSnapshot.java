package vn.cityhall.knowledge.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An immutable, in-memory inverted index of every entry: for each folded syllable and each pair of
 * neighbouring syllables, the entries that contain it and how much that counts.
 *
 * <p>Scoring. A word of the question weighs by its rarity among the entries ({@code idf}); an entry earns
 * that weight times where the word stands in it: in its keywords 1, in its question 0.8, only in its answer
 * 0.4. The word score is the share of the question's weight that the entry earns (0 to 1); the pair score is
 * the same over pairs of neighbouring syllables, which rewards whole Vietnamese words ("khai sinh") without
 * depending on the order of those words. A syllable that has a neighbour in the question but is found in an
 * entry only apart from it counts half there: "hộ chiếu" is not answered by an entry that says "hộ gia đình"
 * and "chiếu sáng". The score is {@code 0.7 × words + 0.3 × pairs}. A word that no entry contains weighs as
 * much as the rarest, so an unrelated question scores low everywhere.
 */
final class SearchSnapshot {

    static final float KEYWORD = 1.0f;
    static final float QUESTION = 0.8f;
    static final float ANSWER = 0.4f;
    private static final double WORDS_SHARE = 0.7;
    /** What a syllable found without its neighbour in the question counts. */
    private static final double ISOLATED = 0.5;

    private final Object stamp;
    private final List<IndexedEntry> entries;
    private final Map<String, Postings> words;
    private final Map<String, Postings> pairs;

    private SearchSnapshot(Object stamp, List<IndexedEntry> entries, Map<String, Postings> words,
            Map<String, Postings> pairs) {
        this.stamp = stamp;
        this.entries = entries;
        this.words = words;
        this.pairs = pairs;
    }

    /** Indexes the entries; {@code stamp} identifies the state of the table they were read from. */
    static SearchSnapshot of(Object stamp, List<IndexedEntry> entries) {
        Map<String, PostingsBuilder> words = new HashMap<>();
        Map<String, PostingsBuilder> pairs = new HashMap<>();
        for (int index = 0; index < entries.size(); index++) {
            IndexedEntry entry = entries.get(index);
            Map<String, Float> entryWords = new HashMap<>();
            Map<String, Float> entryPairs = new HashMap<>();
            add(entry.answer(), ANSWER, entryWords, entryPairs);
            add(entry.question(), QUESTION, entryWords, entryPairs);
            for (String keyword : entry.keywords()) {
                add(keyword, KEYWORD, entryWords, entryPairs);
            }
            int document = index;
            entryWords.forEach((word, weight) -> words.computeIfAbsent(word, key -> new PostingsBuilder())
                    .add(document, weight));
            entryPairs.forEach((pair, weight) -> pairs.computeIfAbsent(pair, key -> new PostingsBuilder())
                    .add(document, weight));
        }
        return new SearchSnapshot(stamp, List.copyOf(entries), freeze(words), freeze(pairs));
    }

    Object stamp() {
        return stamp;
    }

    int size() {
        return entries.size();
    }

    List<IndexedEntry> entries() {
        return entries;
    }

    /**
     * The entries that pass the filter and score at least {@code minimumScore} (and above 0), best first,
     * at most {@code limit}.
     */
    List<SearchMatch> search(SearchWords.Query query, Predicate<IndexedEntry> filter, double minimumScore,
            int limit) {
        if (query.isEmpty() || entries.isEmpty() || limit <= 0) {
            return List.of();
        }
        double[] wordScores = new double[entries.size()];
        double[] pairScores = new double[entries.size()];
        Map<String, BitSet> paired = new HashMap<>();
        List<String> queryPairs = new ArrayList<>(query.pairs());
        query.fillerPairs().stream().filter(pairs::containsKey).forEach(queryPairs::add);
        double pairTotal = accumulatePairs(queryPairs, pairScores, paired);
        double wordTotal = accumulateWords(query.words(), wordScores, paired);
        List<SearchMatch> matches = new ArrayList<>();
        for (int document = 0; document < entries.size(); document++) {
            if (wordScores[document] == 0) {
                continue;
            }
            double score = pairTotal == 0 ? wordScores[document] / wordTotal
                    : WORDS_SHARE * wordScores[document] / wordTotal
                            + (1 - WORDS_SHARE) * pairScores[document] / pairTotal;
            IndexedEntry entry = entries.get(document);
            if (score >= minimumScore && filter.test(entry)) {
                matches.add(new SearchMatch(entry, score));
            }
        }
        matches.sort(Comparator.comparingDouble(SearchMatch::score).reversed()
                .thenComparing(match -> match.entry().id()));
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
    }

    /**
     * Adds each pair's rarity times its weight in each entry to the scores, and notes for each syllable of a
     * pair the entries where it stands next to its neighbour; returns the pairs' total rarity.
     */
    private double accumulatePairs(List<String> terms, double[] scores, Map<String, BitSet> paired) {
        double total = 0;
        for (String term : terms) {
            Postings postings = pairs.get(term);
            double rarity = rarity(postings == null ? 0 : postings.documents().length);
            total += rarity;
            String[] syllables = term.split(" ");
            BitSet first = paired.computeIfAbsent(syllables[0], key -> new BitSet());
            BitSet second = paired.computeIfAbsent(syllables[1], key -> new BitSet());
            if (postings != null) {
                for (int k = 0; k < postings.documents().length; k++) {
                    int document = postings.documents()[k];
                    scores[document] += rarity * postings.weights()[k];
                    first.set(document);
                    second.set(document);
                }
            }
        }
        return total;
    }

    /**
     * Adds each syllable's rarity times its weight in each entry to the scores, halved where the syllable has
     * a neighbour in the question but not in the entry; returns the syllables' total rarity.
     */
    private double accumulateWords(List<String> terms, double[] scores, Map<String, BitSet> paired) {
        double total = 0;
        for (String term : terms) {
            Postings postings = words.get(term);
            double rarity = rarity(postings == null ? 0 : postings.documents().length);
            total += rarity;
            BitSet withNeighbour = paired.get(term);
            if (postings != null) {
                for (int k = 0; k < postings.documents().length; k++) {
                    int document = postings.documents()[k];
                    double share = withNeighbour == null || withNeighbour.get(document) ? 1 : ISOLATED;
                    scores[document] += rarity * postings.weights()[k] * share;
                }
            }
        }
        return total;
    }

    /** Inverse document frequency; a term no entry has counts as rarer than any. */
    private double rarity(int documentFrequency) {
        return Math.log(1 + (entries.size() + 1) / (documentFrequency + 0.5));
    }

    private static void add(String text, float weight, Map<String, Float> words, Map<String, Float> pairs) {
        List<String> syllables = SearchWords.syllables(text);
        for (String syllable : syllables) {
            words.merge(syllable, weight, Math::max);
        }
        for (String pair : SearchWords.pairs(syllables)) {
            pairs.merge(pair, weight, Math::max);
        }
    }

    private static Map<String, Postings> freeze(Map<String, PostingsBuilder> builders) {
        Map<String, Postings> frozen = new HashMap<>(builders.size() * 2);
        builders.forEach((term, builder) -> frozen.put(term, builder.build()));
        return frozen;
    }

    /** The entries (by position) that contain a term, and the term's weight in each. */
    private record Postings(int[] documents, float[] weights) {
    }

    private static final class PostingsBuilder {

        private int[] documents = new int[4];
        private float[] weights = new float[4];
        private int size;

        void add(int document, float weight) {
            if (size == documents.length) {
                documents = java.util.Arrays.copyOf(documents, size * 2);
                weights = java.util.Arrays.copyOf(weights, size * 2);
            }
            documents[size] = document;
            weights[size] = weight;
            size++;
        }

        Postings build() {
            return new Postings(java.util.Arrays.copyOf(documents, size), java.util.Arrays.copyOf(weights, size));
        }
    }
}
