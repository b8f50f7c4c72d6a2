package vn.cityhall.feedback.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.cityhall.shared.Texts;

/**
 * The offensive-word flag at intake: which entries of a maintained word list
 * ({@value #LIST}, see its header) a feedback text contains.
 * <p>
 * A match is a <b>flag for the screening operator</b>, never a rejection: the submission is
 * stored and queued as usual, the operator sees the matched words and decides, and may then
 * reject it with the reason "offensive content". Citizens quote what was said to them, and a
 * word list cannot read intent, so no text is refused by this class.
 *
 * <h2>Matching</h2>
 * <ul>
 * <li><b>Whole words</b>: the text is cut into words (runs of letters and digits); an entry matches
 * whole words only, so "đĩ" is not found in "địa" or "đĩa", nor "dm" in "dmc". A multi-word
 * entry matches the same words in a row, or written solid ("địt mẹ" finds "địtmẹ").</li>
 * <li><b>Case and Unicode form</b> never matter ("ĐỊT", decomposed input).</li>
 * <li><b>Repeated letters</b> never matter: runs of one letter count once, in the text and in the
 * entries ("đmmmm" is "đm", "fuuuck" is "fuck").</li>
 * <li><b>Spaced-out letters</b>: single letters separated by at most three of
 * {@code " .-_*+~'`^|/\:!"} (not a line break, not a comma) are read as one word, so "v.c.l",
 * "v c l" and "đ-m" are "vcl" and "đm".</li>
 * <li><b>Diacritics</b>: an entry matches with the diacritics it is written with ("lồn" finds
 * "LỒN", not "lớn" or "lon"), because stripping them turns most Vietnamese profanity into an
 * ordinary word ("đĩ"/"đi", "cặc"/"các", "buồi"/"buổi", "đụ"/"đủ"). An entry written with a
 * leading {@code ~} ignores diacritics and "đ"/"d" altogether ("~dm" finds "dm", "đm", "ĐM",
 * "đ.m"); the list uses it only for spellings that are no ordinary word.</li>
 * <li>A one-word entry of up to three letters right after a number is a unit, not an insult:
 * "ngập sâu 3 dm" (decimetres).</li>
 * </ul>
 * {@link #find} reports, at each place, the longest entry that matches there, each entry once, in
 * the order found.
 *
 * <h2>Known limits</h2>
 * Letters replaced by digits or symbols ("l0n", "đ!t"), spaces inside a longer word ("đé o"),
 * words typed with partly missing diacritics ("đit") and spellings not in the list are not
 * found: the list grows from what operators see. A text typed entirely without diacritics can
 * match a bare entry whose letters also spell an ordinary word typed bare; such entries are kept
 * out of the list (its header says how).
 */
@Component
public class OffensiveWords {

    /** The word list on the classpath. */
    public static final String LIST = "feedback/offensive-words.txt";

    private static final String DODGE_SEPARATORS = " \t.-_*+~'`^|/\\:!";
    private static final int MAX_DODGE_GAP = 3;

    private final List<Entry> entries;
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<String, List<Entry>> bySolidForm = new HashMap<>();

    /** The shipped list, {@value #LIST}. */
    public OffensiveWords() {
        this(readList());
    }

    /**
     * A list given line by line, in the format of {@value #LIST}: one entry a line, {@code #}
     * starts a comment, blank lines are ignored, {@code ~} before an entry ignores diacritics.
     *
     * @throws IllegalArgumentException when an entry has no letters, or two entries are the same
     *         after normalisation (a maintenance mistake, reported with its line)
     */
    public OffensiveWords(Collection<String> lines) {
        List<Entry> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int number = 0;
        for (String line : lines) {
            number++;
            Entry entry = Entry.parse(line, number);
            if (entry == null) {
                continue;
            }
            if (!seen.add((entry.loose ? "~" : "") + String.join(" ", entry.words))) {
                throw new IllegalArgumentException("Line " + number + ": \"" + entry.text
                        + "\" repeats an earlier entry (after case, repeated letters and diacritics are normalised)");
            }
            parsed.add(entry);
            byFirstWord.computeIfAbsent(entry.words.get(0), key -> new ArrayList<>()).add(entry);
            if (entry.solid != null) {
                bySolidForm.computeIfAbsent(entry.solid, key -> new ArrayList<>()).add(entry);
            }
        }
        this.entries = List.copyOf(parsed);
    }

    /** The entries of the list as written (without {@code ~}), in list order. */
    public List<String> entries() {
        return entries.stream().map(entry -> entry.text).toList();
    }

    /**
     * The entries the text contains, each once, in the order found; empty for a clean text or
     * {@code null}. Never throws.
     */
    public List<String> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Word> words = Word.split(text);
        Set<String> found = new LinkedHashSet<>();
        int i = 0;
        while (i < words.size()) {
            Entry longest = null;
            int length = 0;
            for (Entry entry : candidates(words.get(i))) {
                int matched = entry.matchAt(words, i);
                if (matched > length) {
                    longest = entry;
                    length = matched;
                }
            }
            if (longest != null) {
                found.add(longest.text);
                i += length;
            } else {
                i++;
            }
        }
        return List.copyOf(found);
    }

    private List<Entry> candidates(Word word) {
        List<Entry> candidates = new ArrayList<>();
        for (String key : new String[] {word.exact, word.loose}) {
            candidates.addAll(byFirstWord.getOrDefault(key, List.of()));
            candidates.addAll(bySolidForm.getOrDefault(key, List.of()));
        }
        return candidates;
    }

    private static List<String> readList() {
        InputStream in = OffensiveWords.class.getClassLoader().getResourceAsStream(LIST);
        if (in == null) {
            throw new IllegalStateException("The offensive-word list " + LIST + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower case NFC without runs of one letter: "ĐMMM" → "đm". */
    static String exact(String word) {
        return collapseRepeats(Texts.clean(word).toLowerCase(Locale.ROOT));
    }

    /** {@link #exact} without diacritics and with "đ" as "d". */
    static String loose(String word) {
        return collapseRepeats(Texts.searchKey(word));
    }

    private static String collapseRepeats(String word) {
        StringBuilder collapsed = new StringBuilder(word.length());
        int previous = -1;
        for (int i = 0; i < word.length(); ) {
            int codePoint = word.codePointAt(i);
            if (codePoint != previous) {
                collapsed.appendCodePoint(codePoint);
            }
            previous = codePoint;
            i += Character.charCount(codePoint);
        }
        return collapsed.toString();
    }

    /** A word of the text, in both forms, after spaced-out letters are joined. */
    private record Word(String exact, String loose, boolean afterNumber) {

        static List<Word> split(String text) {
            String nfc = Texts.clean(text);
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < nfc.length(); ) {
                int start = i;
                while (i < nfc.length() && FoldedText.isWordPart(nfc.codePointAt(i))) {
                    i += Character.charCount(nfc.codePointAt(i));
                }
                if (i > start) {
                    spans.add(new int[] {start, i});
                } else {
                    i += Character.charCount(nfc.codePointAt(i));
                }
            }
            List<Word> words = new ArrayList<>(spans.size());
            boolean previousIsNumber = false;
            int previousEnd = -1;
            for (int k = 0; k < spans.size(); ) {
                int start = spans.get(k)[0];
                int end = spans.get(k)[1];
                StringBuilder joined = new StringBuilder(nfc.substring(start, end));
                int next = k + 1;
                if (isSingleLetter(joined.toString())) {
                    // "v.c.l", "đ m": a run of single letters with dodging separators is one word.
                    while (next < spans.size() && isSingleLetter(nfc.substring(spans.get(next)[0], spans.get(next)[1]))
                            && isDodgeGap(nfc.substring(spans.get(next - 1)[1], spans.get(next)[0]))) {
                        joined.append(nfc, spans.get(next)[0], spans.get(next)[1]);
                        next++;
                    }
                }
                String written = joined.toString();
                boolean number = written.chars().allMatch(Character::isDigit);
                boolean afterNumber = previousIsNumber && nfc.substring(previousEnd, start).isBlank();
                words.add(new Word(OffensiveWords.exact(written), OffensiveWords.loose(written), afterNumber));
                previousIsNumber = number;
                previousEnd = spans.get(next - 1)[1];
                k = next;
            }
            return words;
        }

        private static boolean isSingleLetter(String word) {
            String letters = collapseRepeats(word);
            return letters.codePointCount(0, letters.length()) == 1 && Character.isLetter(letters.codePointAt(0));
        }

        private static boolean isDodgeGap(String gap) {
            if (gap.isEmpty() || gap.length() > MAX_DODGE_GAP) {
                return false;
            }
            for (int i = 0; i < gap.length(); i++) {
                if (DODGE_SEPARATORS.indexOf(gap.charAt(i)) < 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One line of the list. */
    private static final class Entry {

        final String text;
        final boolean loose;
        final List<String> words;
        /** The words written together, for "địtmẹ": only for entries of several words. */
        final String solid;

        private Entry(String text, boolean loose, List<String> words) {
            this.text = text;
            this.loose = loose;
            this.words = words;
            this.solid = words.size() > 1 ? collapseRepeats(String.join("", words)) : null;
        }

        static Entry parse(String line, int number) {
            if (line == null) {
                return null;
            }
            int comment = line.indexOf('#');
            String text = Texts.clean(comment < 0 ? line : line.substring(0, comment)).replaceAll("\\s+", " ");
            if (text.isEmpty()) {
                return null;
            }
            boolean loose = text.startsWith("~");
            if (loose) {
                text = text.substring(1).strip();
            }
            List<String> words = new ArrayList<>();
            for (Word word : Word.split(text)) {
                words.add(loose ? word.loose() : word.exact());
            }
            words.removeIf(String::isEmpty);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("Line " + number + ": \"" + line + "\" has no letters");
            }
            return new Entry(text, loose, List.copyOf(words));
        }

        /** How many words of the text this entry covers from {@code at}, 0 if it does not match there. */
        int matchAt(List<Word> text, int at) {
            Word first = text.get(at);
            String form = formOf(first);
            if (words.size() == 1) {
                boolean unit = first.afterNumber() && words.get(0).codePointCount(0, words.get(0).length()) <= 3;
                return form.equals(words.get(0)) && !unit ? 1 : 0;
            }
            if (form.equals(solid)) {
                return 1;
            }
            if (at + words.size() > text.size()) {
                return 0;
            }
            for (int k = 0; k < words.size(); k++) {
                if (!formOf(text.get(at + k)).equals(words.get(k))) {
                    return 0;
                }
            }
            return words.size();
        }

        private String formOf(Word word) {
            return loose ? word.loose() : word.exact();
        }
    }
}
