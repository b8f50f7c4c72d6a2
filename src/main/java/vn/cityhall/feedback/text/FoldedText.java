package vn.cityhall.feedback.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.cityhall.shared.Texts;

/**
 * A text seen through {@link Texts#searchKey(String)}: only its letters and digits, lower case,
 * without diacritics ("đ" folded to "d"), each folded character remembering where it came from.
 * Finding "nguyenvanan" in this key finds "Nguyễn Văn An", "NGUYỄN  VĂN AN" and "nguyen van an"
 * in the original, so that a known value is masked however it was typed.
 */
final class FoldedText {

    private static final int CACHED_BELOW = 0x2000;
    private static final Map<Integer, String> FOLDED = new ConcurrentHashMap<>();

    private final String original;
    private final String key;
    /** For each character of the key: the index of its code point in the original. */
    private final int[] starts;
    /** For each character of the key: the index just after its code point in the original. */
    private final int[] ends;

    private FoldedText(String original) {
        this.original = original;
        StringBuilder folded = new StringBuilder(original.length());
        int[] from = new int[original.length() + 1];
        int[] to = new int[original.length() + 1];
        for (int i = 0; i < original.length(); ) {
            int codePoint = original.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint)) {
                String fold = fold(codePoint);
                for (int k = 0; k < fold.length(); k++) {
                    if (folded.length() == from.length) {
                        from = Arrays.copyOf(from, from.length * 2);
                        to = Arrays.copyOf(to, to.length * 2);
                    }
                    from[folded.length()] = i;
                    to[folded.length()] = next;
                    folded.append(fold.charAt(k));
                }
            }
            i = next;
        }
        this.key = folded.toString();
        this.starts = from;
        this.ends = to;
    }

    static FoldedText of(String text) {
        return new FoldedText(text == null ? "" : text);
    }

    /** The folded letters and digits of a value, e.g. "nguyenvanan" for "Nguyễn Văn An". */
    static String keyOf(String value) {
        return of(Texts.clean(value)).key;
    }

    String key() {
        return key;
    }

    /**
     * Where the folded value occurs in the original as whole words: the original must not have a
     * letter or digit just before the first or just after the last matched character, so that
     * "Nguyễn Văn An" is not found in "Nguyễn Văn Anh". Occurrences do not overlap.
     *
     * @param followers folded values of which the first that directly follows an occurrence (only
     *        punctuation or spaces between, and as whole words) is taken into the occurrence
     * @return the {@code [start, end)} ranges in the original, in order
     */
    List<int[]> find(String needle, List<String> followers) {
        List<int[]> found = new ArrayList<>();
        if (needle.isEmpty()) {
            return found;
        }
        int from = 0;
        while (from <= key.length() - needle.length()) {
            int at = key.indexOf(needle, from);
            if (at < 0) {
                break;
            }
            int last = at + needle.length() - 1;
            if (isWordStart(starts[at]) && isWordEnd(ends[last])) {
                for (String follower : followers) {
                    if (!follower.isEmpty() && key.startsWith(follower, last + 1)
                            && isWordEnd(ends[last + follower.length()])) {
                        last += follower.length();
                        break;
                    }
                }
                found.add(new int[] {starts[at], ends[last]});
                from = last + 1;
            } else {
                from = at + 1;
            }
        }
        return found;
    }

    private boolean isWordStart(int index) {
        return index == 0 || !isWordPart(original.codePointBefore(index));
    }

    private boolean isWordEnd(int index) {
        return index >= original.length() || !isWordPart(original.codePointAt(index));
    }

    static boolean isWordPart(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String fold(int codePoint) {
        // Only Latin letters (Vietnamese included) are cached, so the cache stays small whatever
        // scripts people type.
        return codePoint < CACHED_BELOW ? FOLDED.computeIfAbsent(codePoint, FoldedText::foldNow) : foldNow(codePoint);
    }

    private static String foldNow(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        String folded = Texts.searchKey(character);
        return folded.isEmpty() ? character : folded;
    }
}
