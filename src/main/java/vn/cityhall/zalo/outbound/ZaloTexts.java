package vn.cityhall.zalo.outbound;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into parts Zalo accepts: NFC-normalized, each at most {@link ZaloApi#MAX_TEXT}
 * characters, cut at the last white space before the limit (inside a word only when a word is longer
 * than a whole message), never inside a surrogate pair.
 */
final class ZaloTexts {

    private ZaloTexts() {
    }

    static List<String> split(String text) {
        return split(text, ZaloApi.MAX_TEXT);
    }

    static List<String> split(String text, int limit) {
        String rest = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        List<String> parts = new ArrayList<>();
        while (rest.length() > limit) {
            int cut = lastSpace(rest, limit);
            if (cut <= 0) {
                cut = Character.isHighSurrogate(rest.charAt(limit - 1)) ? limit - 1 : limit;
            }
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** The index of the last white space at or before {@code limit}, or -1. */
    private static int lastSpace(String text, int limit) {
        for (int i = limit; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
