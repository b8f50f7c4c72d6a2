package vn.cityhall.feedback.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import vn.cityhall.shared.Texts;

/**
 * People's names in feedback text, for {@link PersonalDataMasker}: the sender's own name and names
 * led by an honorific become initials ("Nguyễn Văn An" → "N.V.A.", "ông Trần Văn Bình" → "ông T.V.B."),
 * while places ("phố Bà Triệu"), titles ("ông Chủ tịch") and "Bác Hồ" stay as written.
 */
final class PersonNames {

    private static final String NAME_WORD = "\\p{Lu}\\p{M}*(?:\\p{Ll}[\\p{Ll}\\p{M}]*|(?![.\\p{L}\\p{M}\\p{N}]))";
    private static final String HONORIFIC = "(?iu:ông|bà|anh|chị|cô|chú|bác|em|cháu|cụ|dì|cậu|mợ|thím)";
    /**
     * Capitalised words that are no part of a name after an honorific: kinds of places ("anh Minh
     * Phường Hoàn Kiếm") and the honorifics themselves ("Kính gửi Anh Chị Lan": the name is
     * "Lan"), except "Anh", a common given name ("chị Lan Anh").
     */
    private static final String NOT_A_NAME = "(?iu:phường|xã|quận|huyện|tỉnh|phố|đường|ngõ|ngách|hẻm|kiệt|tổ|khu|"
            + "thôn|xóm|ấp|ubnd|ông|bà|chị|cô|chú|bác|em|cháu|cụ|dì|cậu|mợ|thím)(?![\\p{L}\\p{M}])";
    private static final String NAME = "(?!" + NOT_A_NAME + ")" + NAME_WORD;
    private static final Pattern HONORIFIC_NAME_PATTERN = Pattern.compile(PersonalDataMasker.NO_WORD_BEFORE + HONORIFIC + "\\h+"
            + "(?<name>" + NAME + "(?:\\h+" + NAME + "){0,4})(?![\\p{L}\\p{N}\\p{M}])");

    private static final Set<String> HONORIFICS = Set.of("ông", "bà", "anh", "chị", "cô", "chú", "bác", "em", "cháu",
            "cụ", "dì", "cậu", "mợ", "thím");

    /** Words before an honorific that make it part of a place's name: "phố Bà Triệu", "cầu Ông Lãnh". */
    private static final Set<String> PLACE_WORDS = Set.of("phố", "pho", "đường", "duong", "ngõ", "ngách", "hẻm",
            "kiệt", "phường", "xã", "quận", "huyện", "tỉnh", "trấn", "chợ", "cầu", "chùa", "đền", "đình", "miếu",
            "lăng", "làng", "trường", "viện", "viên", "khu", "thôn", "xóm", "ấp", "bến", "sông", "rạch", "kênh",
            "hồ", "núi", "đảo", "hòn", "lộ", "tuyến", "đê", "dốc", "ga", "bãi", "cống", "p.", "đ.");

    /** Titles that follow an honorific but are not names: "ông Chủ tịch", "anh Công an". */
    private static final List<String> TITLES = List.of("chu tich", "pho chu tich", "giam doc", "pho giam doc",
            "truong phong", "pho truong phong", "truong ban", "truong thon", "truong khu", "truong cong an",
            "truong tram", "bi thu", "pho bi thu", "chanh van phong", "chanh an", "chanh thanh tra", "to truong",
            "to pho", "cong an", "canh sat", "thanh tra", "hieu truong", "bac si", "y ta", "ky su", "luat su",
            "tien si", "thac si", "giao su", "pho giao su", "can bo", "chien si", "bo truong", "thu truong",
            "dai ta", "trung ta", "thuong ta", "thieu ta", "dai uy", "trung uy", "thuong uy", "thieu uy",
            "dai tuong", "trung tuong", "thuong tuong", "thieu tuong", "chu nha", "chu quan", "chu xe",
            "chu dau tu", "chu cua hang", "chu ho", "bao ve", "tai xe", "giao vien");

    private PersonNames() {
    }

    /** The sender's full name, wherever it appears in any typing, becomes initials. */
    static String maskSender(String text, String name) {
        if (name == null || name.split("\\s+").length < 2) {
            return text;
        }
        String needle = FoldedText.keyOf(name);
        if (needle.length() < 4) {
            return text;
        }
        String initials = initials(name);
        List<int[]> ranges = FoldedText.of(text).find(needle, List.of());
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (int[] range : ranges) {
            out.append(text, last, range[0]).append(withoutDoubleStop(initials, text, range[1]));
            last = range[1];
        }
        return out.append(text, last, text.length()).toString();
    }

    /** Names led by an honorific ("ông Trần Văn Bình") become initials, unless they are places or titles. */
    static String maskHonorificNames(String text) {
        return PersonalDataMasker.replace(text, HONORIFIC_NAME_PATTERN, match -> {
            int nameStart = match.start("name");
            String honorific = Texts.searchKey(text.substring(match.start(), nameStart));
            String name = match.group("name");
            if (followsPlaceWord(text, match.start()) || startsWithTitle(text, nameStart, name)
                    || (honorific.equals("bac") && Texts.searchKey(name).equals("ho"))) {
                return match.group();
            }
            return text.substring(match.start(), nameStart) + withoutDoubleStop(initials(name), text, match.end());
        });
    }

    /**
     * Whether the honorific follows a place word: "phố Bà Triệu", "Phố Bà Triệu", "ở Phố Bà
     * Triệu". A capitalised place word that itself follows an honorific or a capitalised word is
     * the end of a name ("chị Hồ ông Lan", "anh Văn Hồ bà Lan"): the rule reads the same before
     * and after that name is masked.
     */
    private static boolean followsPlaceWord(String text, int honorificStart) {
        int[] place = wordBefore(text, honorificStart);
        if (place == null) {
            return false;
        }
        String word = text.substring(place[0], place[1]);
        String lower = word.toLowerCase(Locale.ROOT);
        if (!PLACE_WORDS.contains(lower)) {
            return false;
        }
        if (word.equals(lower) || startsSentence(text, place[0])) {
            return true;
        }
        int[] before = wordBefore(text, place[0]);
        if (before == null) {
            return true;
        }
        String previous = text.substring(before[0], before[1]);
        boolean capitalised = Character.isUpperCase(previous.codePointAt(0));
        return !capitalised && !HONORIFICS.contains(previous.toLowerCase(Locale.ROOT));
    }

    /** The word (with a trailing full stop, as in "p.") that ends before {@code index}, or {@code null}. */
    private static int[] wordBefore(String text, int index) {
        int end = index;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        if (start > 0 && text.charAt(start - 1) == '.') {
            start--; // "p. Bà Triệu"
        }
        int letters = start;
        while (start > 0 && FoldedText.isWordPart(text.charAt(start - 1))) {
            start--;
        }
        return start == letters ? null : new int[] {start, end};
    }

    /** At the start of the text, a line, or after a full stop, colon, bracket, quote or bullet. */
    private static boolean startsSentence(String text, int index) {
        int before = index;
        while (before > 0 && text.charAt(before - 1) != '\n' && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        return before == 0 || ".!?:;\n(\"“'-–—•*".indexOf(text.charAt(before - 1)) >= 0;
    }

    /** A title is taken as such when its later words are not capitalised: "ông Chủ tịch", not "chị Thanh Trà". */
    private static boolean startsWithTitle(String text, int nameStart, String name) {
        String ahead = Texts.searchKey(text.substring(nameStart, Math.min(text.length(), nameStart + 40)))
                .replaceAll("[^\\p{L}\\p{N} ]+", " ");
        int nameWords = name.split("\\h+").length;
        for (String title : TITLES) {
            if ((ahead.equals(title) || ahead.startsWith(title + " ")) && title.split(" ").length > nameWords) {
                return true;
            }
        }
        return false;
    }

    /** Initials that end a sentence take its full stop: "chị L." rather than "chị L..". */
    private static String withoutDoubleStop(String initials, String text, int end) {
        return end < text.length() && text.charAt(end) == '.' ? initials.substring(0, initials.length() - 1) : initials;
    }

    /** "Nguyễn Văn An" → "N.V.A.", "Minh" → "M.". */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s\\-]+")) {
            if (!word.isEmpty()) {
                int first = word.codePointAt(0);
                initials.append(Normalizer.normalize(new String(Character.toChars(first)).toUpperCase(Locale.ROOT)
                        + leadingMarks(word, Character.charCount(first)), Normalizer.Form.NFC)).append('.');
            }
        }
        return initials.toString();
    }

    private static String leadingMarks(String word, int from) {
        int end = from;
        while (end < word.length() && Character.getType(word.charAt(end)) == Character.NON_SPACING_MARK) {
            end++;
        }
        return word.substring(from, end);
    }
}
