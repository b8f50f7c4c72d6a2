package vn.cityhall.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text helpers. Everything a user types is stored in Unicode NFC, so that
 * "Hoà" typed on a phone (decomposed) and "Hoà" typed on a PC (precomposed) compare equal.
 */
public final class Texts {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    /** NFC-normalises and trims; {@code null} stays {@code null}. */
    public static String clean(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** Like {@link #clean(String)} but an empty result becomes {@code null}. */
    public static String cleanOrNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * A search key: lower case, without diacritics, with "đ" folded to "d" and runs of
     * white space collapsed, so that "Lê Lợi" and "le loi" match.
     */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
