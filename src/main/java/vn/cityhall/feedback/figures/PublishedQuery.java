package vn.cityhall.feedback.figures;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import vn.cityhall.shared.Texts;

/**
 * What a citizen looks for among the published answers: words (accent-insensitive, all of them must
 * appear), a category, a commune, a month of receipt; each {@code null} when not given.
 */
public record PublishedQuery(String text, Long categoryId, Long communeId, YearMonth month) {

    static final int MAX_WORDS = 8;

    public static final PublishedQuery ALL = new PublishedQuery(null, null, null, null);

    /** The folded words to look for, without the characters that mean something to {@code like}. */
    List<String> words() {
        String key = Texts.searchKey(text).replaceAll("[%_\\\\]", " ").strip();
        return key.isEmpty() ? List.of() : Arrays.stream(key.split(" +")).distinct().limit(MAX_WORDS).toList();
    }
}
