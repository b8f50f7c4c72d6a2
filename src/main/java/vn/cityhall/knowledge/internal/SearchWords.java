package vn.cityhall.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import vn.cityhall.shared.Texts;

/**
 * The words the search compares: Vietnamese syllables folded by {@link Texts#searchKey} (no accents,
 * "đ" as "d", lower case), so that "thu tuc dang ky khai sinh" meets "Thủ tục đăng ký khai sinh", and the
 * pairs of neighbouring syllables, which is how Vietnamese forms most words ("khai sinh", "đăng ký").
 * Filler words of a question ("tôi muốn hỏi", "như thế nào", "ở đâu") are left out of a question, so that
 * they neither match everything nor count against an entry that lacks them.
 */
final class SearchWords {

    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Map<Integer, String> FOLDED = new ConcurrentHashMap<>();

    /**
     * Folded filler words of questions. Folding merges some of them with meaningful syllables ("dau" is
     * both "đâu" and "đầu"); the pairs keep those meanings ("dau tu" still matches "đầu tư").
     */
    private static final Set<String> FILLERS = Set.of("a", "ah", "ai", "anh", "bao", "cac", "cach", "cho", "chi",
            "co", "cua", "da", "dau", "de", "di", "duoc", "em", "gi", "giup", "hay", "hoi", "khi", "khong", "la",
            "lam", "long", "ma", "minh", "mot", "muon", "nao", "nay", "neu", "nhieu", "nhu", "nhung", "o", "oi",
            "phai", "roi", "the", "thi", "toi", "trong", "va", "ve", "vay", "voi", "vui", "xin");

    private SearchWords() {
    }

    /**
     * Every folded syllable of a text, in order, with two spelling variants made one ("kí" as "ký"). The
     * same folding as {@link Texts#searchKey}, done a character at a time with a cache, because indexing
     * thousands of answers through the normaliser and a regular expression takes seconds.
     */
    static List<String> syllables(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isMark(codePoint)) {
                continue;
            }
            String folded = fold(codePoint);
            if (folded.isEmpty()) {
                flush(word, words);
            } else {
                word.append(folded);
            }
        }
        flush(word, words);
        return words;
    }

    /** The letters a character folds to, {@code a-z} and {@code 0-9} only; empty for a separator. */
    private static String fold(int codePoint) {
        if (codePoint < 128) {
            char c = Character.toLowerCase((char) codePoint);
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? String.valueOf(c) : "";
        }
        return FOLDED.computeIfAbsent(codePoint, point -> {
            String key = Texts.searchKey(new String(Character.toChars(point)));
            return SEPARATORS.matcher(key).replaceAll("");
        });
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(variant(word.toString()));
            word.setLength(0);
        }
    }

    /**
     * The words of a question worth looking for: its syllables without the fillers, and the pairs of
     * neighbouring syllables that hold at least one of them ("nuôi chó" keeps "chó", which folds like the
     * filler "cho").
     */
    static Query query(String question) {
        List<String> syllables = syllables(question);
        List<String> meaningful = syllables.stream().filter(word -> !FILLERS.contains(word)).toList();
        LinkedHashSet<String> strong = new LinkedHashSet<>();
        LinkedHashSet<String> weak = new LinkedHashSet<>();
        for (int i = 1; i < syllables.size(); i++) {
            boolean first = !FILLERS.contains(syllables.get(i - 1));
            boolean second = !FILLERS.contains(syllables.get(i));
            String pair = syllables.get(i - 1) + ' ' + syllables.get(i);
            if (first && second) {
                strong.add(pair);
            } else if (first || second) {
                weak.add(pair);
            }
        }
        weak.removeAll(strong);
        return new Query(new ArrayList<>(new LinkedHashSet<>(meaningful)), new ArrayList<>(strong),
                new ArrayList<>(weak));
    }

    /** The distinct pairs of neighbouring syllables, e.g. "khai sinh" in "dang ky khai sinh". */
    static List<String> pairs(List<String> syllables) {
        LinkedHashSet<String> pairs = new LinkedHashSet<>();
        for (int i = 1; i < syllables.size(); i++) {
            pairs.add(syllables.get(i - 1) + ' ' + syllables.get(i));
        }
        return new ArrayList<>(pairs);
    }

    /** "ki" and "ky", "li" and "ly" are two spellings of the same syllable ("đăng kí", "đăng ký"). */
    private static String variant(String word) {
        return switch (word) {
            case "ki" -> "ky";
            case "li" -> "ly";
            default -> word;
        };
    }

    /**
     * A question's distinct meaningful syllables and their neighbour pairs: {@code pairs} of two meaningful
     * syllables, {@code fillerPairs} of one meaningful syllable and a filler, which count only where some
     * entry has them ("chó mèo" does, "làm căn" does not).
     */
    record Query(List<String> words, List<String> pairs, List<String> fillerPairs) {

        boolean isEmpty() {
            return words.isEmpty();
        }
    }
}
