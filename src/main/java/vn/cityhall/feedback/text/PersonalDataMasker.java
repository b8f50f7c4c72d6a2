package vn.cityhall.feedback.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cityhall.shared.Texts;

/**
 * What the public sees of a citizen's feedback: the text of a question or an answer with the
 * personal data masked, before a reviewer publishes it on the portal. The rules follow the basic
 * personal data of Decree 13/2023/NĐ-CP Art. 2(3) and Law 91/2025/QH15 (name, contact address,
 * phone, identity and passport numbers, vehicle plates) and treat location as sensitive (Art.
 * 2(4)); see vn-standards §5. The reviewer still reads the masked text before publishing: this
 * class removes what patterns can find, not everything a person can recognise.
 *
 * <h2>What is masked</h2>
 * Known values from the {@link MaskingContext}, wherever they appear, ignoring case, diacritics,
 * spaces and punctuation ("nguyen van an", "NGUYỄN VĂN AN", "Nguyễn  Văn An"):
 * <ul>
 * <li>the sender's full name (two words or more) becomes its initials: "Nguyễn Văn An" → "N.V.A.";</li>
 * <li>the sender's phone, in any spacing and with or without +84/84/0: {@value #PHONE};</li>
 * <li>the sender's e-mail: {@value #EMAIL};</li>
 * <li>the sender's street address becomes the commune ("phường Hoàn Kiếm"), or {@value #ADDRESS}
 * when the commune is unknown. Besides the whole address, its leading parts (up to a comma) that
 * hold a number are matched, also without "số"/"số nhà" and without "phố"/"đường"; a commune name
 * right after the address is taken with it, so it is not repeated.</li>
 * </ul>
 * Patterns, whoever they belong to:
 * <ul>
 * <li>Vietnamese phone numbers: mobiles 03/05/07/08/09 + 8 digits and landlines 02x + 8 digits,
 * with a leading 0, +84, 84 or 0084 (also "+84 (0)"), digits grouped by spaces, dots or dashes,
 * the area code in brackets: {@value #PHONE};</li>
 * <li>e-mail addresses: {@value #EMAIL};</li>
 * <li>vehicle plates: two digits, one or two capital letters with an optional digit, and 4–5
 * digits, with the usual separators ("29A-123.45", "30E-12345", "29-B1 123.45", "51LD-12345"):
 * {@value #PLATE};</li>
 * <li>identity numbers: 12-digit CCCD (also grouped "001 203 004 567"), 9-digit CMND and
 * passports (one capital letter and 7 digits, "C1234567"): {@value #ID_NUMBER}. A bare 9- or
 * 12-digit number followed by a currency word ("500000000 đồng") is an amount and stays;</li>
 * <li>house numbers: "số nhà 5", "nhà số 5A", "số 12" before an alley, a street word or a
 * capitalised street name, a number before an alley chain ("12 ngõ 34 ngách 5"), "123/45" before
 * a street, "căn hộ 1203": the number and the alleys of the chain become {@value #ADDRESS}; the
 * street itself stays ("[địa chỉ] phố Hàng Bông"), because streets are public places and often
 * where the reported problem is;</li>
 * <li>names after an honorific, which are third parties (neighbours, officers): "ông Trần Văn
 * Bình" → "ông T.V.B.", "chị Lan" → "chị L.". The honorifics are ông, bà, anh, chị, cô, chú,
 * bác, em, cháu, cụ, dì, cậu, mợ, thím in any case, followed by up to five capitalised words; a
 * capitalised honorific or kind of place ends the name ("Kính gửi Anh Chị Lan" → "Anh Chị L.",
 * "anh Minh Phường Hoàn Kiếm" → "anh M. Phường Hoàn Kiếm");</li>
 * <li>decimal coordinates written in the text ("21.028511, 105.854167") are rounded like
 * {@link #round(double, double)}.</li>
 * </ul>
 *
 * <h2>Guarantees</h2>
 * {@link #mask} never throws ({@code null} gives {@code null}), returns Unicode NFC (trimmed, like
 * {@link Texts#clean}), is idempotent ({@code mask(mask(t)) == mask(t)}: placeholders and
 * initials never match a rule again) and stays short: every placeholder is at most a few
 * characters longer than what it replaces; only a commune name longer than the address it
 * replaces adds more.
 *
 * <h2>Known limits</h2>
 * <ul>
 * <li>Names without an honorific are not found, except the sender's full name: a capitalised pair
 * of words is as often a street, a unit or a place. A sender's given name alone ("tôi là An") is
 * not masked ("an" is also an ordinary word), nor a name in capitals after an honorific ("ÔNG
 * BÌNH"). Honorific-led capitalised words are taken for names, so an official named after "ông"
 * is masked too; titles are recognised and kept ("ông Chủ tịch", "anh Công an", "bà Tổ trưởng"),
 * as are places named after an honorific when a place word precedes them ("phố Bà Triệu", "cầu
 * Ông Lãnh", "xã Bà Điểm"), and "Bác Hồ". Without the place word, "ở Bà Triệu" becomes "ở Bà
 * T.".</li>
 * <li>Phone numbers written as words, with other separators ("0912/345/678"), or in other
 * countries' formats are not found; nor obfuscated e-mails ("an [at] gmail.com").</li>
 * <li>Other numbers of 9 or 12 digits (a case number, an amount without a currency word) are
 * masked as identity numbers: over-masking is the safe side. Numbers of other lengths (tax codes,
 * social insurance numbers) are left.</li>
 * <li>Plates in lower case, and house numbers without "số", an alley or a slash ("12 Hàng Bông"),
 * are not found unless they are part of the sender's address.</li>
 * <li>Health, religion, ethnicity and criminal details (sensitive data) cannot be found by
 * patterns: the reviewer must read for them.</li>
 * </ul>
 */
public final class PersonalDataMasker {

    /** Replaces a phone number. */
    public static final String PHONE = "[số điện thoại]";
    /** Replaces an e-mail address. */
    public static final String EMAIL = "[email]";
    /** Replaces a CCCD, CMND or passport number. */
    public static final String ID_NUMBER = "[số giấy tờ]";
    /** Replaces a vehicle plate. */
    public static final String PLATE = "[biển số xe]";
    /** Replaces a house number, or the sender's address when the commune is unknown. */
    public static final String ADDRESS = "[địa chỉ]";

    /**
     * Decimal places of published coordinates. 0.001° is about 111 m north–south and, at Hà Nội's
     * latitude (21°N), about 104 m east–west (109 m at Hồ Chí Minh City): enough to show the block
     * or stretch of street where a pothole or a flood is, while a city lot is 4–5 m wide, so one
     * cell holds dozens of homes. Four decimals (about 11 m) would point at a house; two (about
     * 1.1 km) would put a problem in the wrong neighbourhood.
     */
    public static final int COORDINATE_DECIMALS = 3;

    // Between the digits of a phone number: one space, or a dot or dash with optional spaces, or
    // the closing bracket of an area code.
    private static final String PHONE_SEPARATOR = "(?:\\s?[.\\-]\\s?|\\s|\\)\\s?)?";
    private static final String PHONE_PREFIX = "(?:\\(?(?:\\+\\s?|00)?84\\)?[\\s.\\-]?(?:\\(0\\)|0)?[\\s.\\-]?|\\(?0)";
    private static final Pattern PHONE_PATTERN = Pattern.compile("(?<!\\d)" + PHONE_PREFIX
            + "(?:[35789](?:" + PHONE_SEPARATOR + "\\d){8}|2(?:" + PHONE_SEPARATOR + "\\d){9})(?!\\d)");

    // Starts only where a run of address characters starts, so a long run is scanned once.
    private static final Pattern EMAIL_PATTERN = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}._%+\\-]++@[\\p{L}\\p{N}\\-]++(?:\\.[\\p{L}\\p{N}\\-]++){1,8}");

    static final String NO_WORD_BEFORE = "(?<![\\p{L}\\p{N}\\p{M}])";
    private static final String NO_WORD_AFTER = "(?![\\p{L}\\p{N}\\p{M}]|[.,]\\d)";

    private static final Pattern PLATE_PATTERN = Pattern.compile(NO_WORD_BEFORE + "(?<!\\d[.,])"
            + "\\d{2}[\\s.\\-]?[A-ZĐ]{1,2}\\d?[\\s.\\-]?(?:\\d{3}\\.\\d{2}|\\d{4,5})" + NO_WORD_AFTER);

    private static final Pattern PASSPORT_PATTERN = Pattern.compile(NO_WORD_BEFORE + "(?<!\\d[.,])[A-Z]\\d{7}" + NO_WORD_AFTER);

    // An amount of money is not an identity number: "500000000 đồng".
    private static final String NOT_AN_AMOUNT = "(?!\\s*(?iu:đ|₫|đồng|vnđ|vnd|nghìn|ngàn|triệu|tỷ|tỉ)(?![\\p{L}\\p{M}]))";
    private static final Pattern ID_NUMBER_PATTERN = Pattern.compile("(?<!\\d|\\d[.,])"
            + "(?:0\\d{2}(?:[ .]?\\d{3}){3}|\\d{12}|\\d{9})(?!\\d|[.,]\\d)" + NOT_AN_AMOUNT);

    private static final Pattern COORDINATES_PATTERN = Pattern.compile(
            "(?<![\\d.])(-?\\d{1,2}\\.\\d{4,})(\\s*[,;]\\s*|\\s+)(-?\\d{1,3}\\.\\d{4,})(?![\\d.])");

    // House numbers (vn-standards §5: "exact address (keep at most the ward or commune)").
    private static final String HOUSE_NUMBER = "\\d{1,5}[A-Za-z]?(?:/\\d{1,5}[A-Za-z]?){0,3}";
    private static final String ALLEY = "(?iu:ngõ|ngách|hẻm|kiệt|ngo|ngach|hem|kiet)";
    private static final String ALLEY_LINK = "\\s*,?\\s*" + ALLEY + "\\.?\\s+(?:(?iu:số)\\s+)?" + HOUSE_NUMBER;
    private static final String STREET_WORD = "(?iu:phố|đường|ngõ|ngách|hẻm|kiệt|tổ|thôn|xóm|ấp|khu|tòa|toà|pho|duong)"
            + "(?![\\p{L}\\p{M}])|(?iu:p|đ|d)\\.";
    private static final String STREET_AHEAD = "(?=\\s*,?\\s*(?:" + STREET_WORD + "|\\p{Lu}\\p{M}*\\p{Ll}))";
    // Not inside a decimal number or a longer slash number: "105.8542 ngõ" is not a house number.
    private static final String NUMBER_START = "(?<![\\p{L}\\p{N}\\p{M}]|\\d[.,/])";
    private static final String NUMBER_END = "(?![\\p{L}\\p{N}\\p{M}/]|[.,]\\d)";
    private static final Pattern HOUSE_NUMBER_PATTERN = Pattern.compile(NUMBER_START + "(?:"
            // "số nhà 5", "nhà số 12/3", optionally with its alleys
            + "(?iu:số\\s+nhà|nhà\\s+số|so\\s+nha|nha\\s+so)\\s*:?\\s*" + HOUSE_NUMBER + NUMBER_END
            + "(?:" + ALLEY_LINK + NUMBER_END + "){0,4}"
            // "số 12 ngõ 34", "số 12 Hàng Bông", "số 5 đường Láng"
            + "|(?iu:số|so)\\s+" + HOUSE_NUMBER + NUMBER_END + "(?:(?:" + ALLEY_LINK + NUMBER_END + "){1,4}|"
            + STREET_AHEAD + ")"
            // "12 ngõ 34 ngách 5"
            + "|" + HOUSE_NUMBER + NUMBER_END + "(?:" + ALLEY_LINK + NUMBER_END + "){1,4}"
            // "123/45 Nguyễn Trãi", "12/3 phố Huế"
            + "|\\d{1,5}[A-Za-z]?(?:/\\d{1,5}[A-Za-z]?){1,3}" + NUMBER_END + STREET_AHEAD
            // "căn hộ 1203", "căn hộ số A-1203"
            + "|(?iu:căn\\s+hộ|can\\s+ho)\\s+(?:(?iu:số)\\s+)?[A-Za-z]{0,2}[.\\-]?\\d{1,5}[A-Za-z]?" + NUMBER_END
            + ")");
    private static final Pattern DATE_PATTERN = Pattern.compile("\\d{1,2}/\\d{1,2}/(?:19|20)\\d{2}");

    private static final Pattern HOUSE_WORDS_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(?iu:số\\s+nhà|nhà\\s+số|số|so\\s+nha|nha\\s+so|so)\\s*:?\\s*$");
    private static final Pattern COMMUNE_UNIT = Pattern.compile("(?iu)(phường|xã|thị\\s+trấn|đặc\\s+khu)\\s+");
    private static final Set<String> STREET_KINDS = Set.of("pho", "duong");


    private PersonalDataMasker() {
    }

    /**
     * The text with personal data masked, as described in the class documentation.
     *
     * @param text a feedback question or answer; {@code null} gives {@code null}
     * @param context what is known about the sender; {@code null} is {@link MaskingContext#none()}
     * @return the masked text, NFC-normalised and trimmed
     */
    public static String mask(String text, MaskingContext context) {
        if (text == null) {
            return null;
        }
        MaskingContext known = context == null ? MaskingContext.none() : context;
        String masked = Texts.clean(text);
        // Coordinates first: their decimals could otherwise read as phone or identity numbers.
        masked = replace(masked, COORDINATES_PATTERN, PersonalDataMasker::roundedCoordinates);
        masked = maskEmails(masked, known.email());
        masked = maskPhones(masked, known.phone());
        masked = replace(masked, PLATE_PATTERN, match -> PLATE);
        masked = replace(masked, PASSPORT_PATTERN, match -> ID_NUMBER);
        masked = replace(masked, ID_NUMBER_PATTERN, match -> ID_NUMBER);
        // The sender's address before the house numbers, which would otherwise break it up.
        masked = maskSenderAddress(masked, known.streetAddress(), known.commune());
        masked = replace(masked, HOUSE_NUMBER_PATTERN,
                match -> DATE_PATTERN.matcher(match.group()).matches() ? match.group() : ADDRESS);
        masked = PersonNames.maskSender(masked, known.senderName());
        masked = PersonNames.maskHonorificNames(masked);
        return Normalizer.normalize(masked, Normalizer.Form.NFC);
    }

    /**
     * Coordinates as published: each rounded half-up to {@value #COORDINATE_DECIMALS} decimals
     * (see {@link #COORDINATE_DECIMALS} for why). Never throws: a value that is not finite is
     * returned as it is, and -0.0 becomes 0.0.
     */
    public static Coordinates round(double latitude, double longitude) {
        return new Coordinates(round(latitude), round(longitude));
    }

    private static double round(double degrees) {
        if (!Double.isFinite(degrees)) {
            return degrees;
        }
        return BigDecimal.valueOf(degrees).setScale(COORDINATE_DECIMALS, RoundingMode.HALF_UP).doubleValue() + 0.0;
    }

    private static String roundedCoordinates(Matcher match) {
        BigDecimal latitude = new BigDecimal(match.group(1));
        BigDecimal longitude = new BigDecimal(match.group(3));
        if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            return match.group();
        }
        return latitude.setScale(COORDINATE_DECIMALS, RoundingMode.HALF_UP).toPlainString() + match.group(2)
                + longitude.setScale(COORDINATE_DECIMALS, RoundingMode.HALF_UP).toPlainString();
    }

    private static String maskEmails(String text, String email) {
        String masked = text;
        if (email != null && email.length() >= 3) {
            masked = replace(masked, Pattern.compile(Pattern.quote(email), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    match -> EMAIL);
        }
        return replace(masked, EMAIL_PATTERN, match -> EMAIL);
    }

    private static String maskPhones(String text, String phone) {
        String masked = text;
        String national = nationalNumber(phone);
        if (national.length() >= 7) {
            StringBuilder regex = new StringBuilder("(?<!\\d)").append(PHONE_PREFIX).append('?');
            for (int i = 0; i < national.length(); i++) {
                regex.append(i == 0 ? "" : PHONE_SEPARATOR).append(national.charAt(i));
            }
            masked = replace(masked, Pattern.compile(regex.append("(?!\\d)").toString()), match -> PHONE);
        }
        return replace(masked, PHONE_PATTERN, match -> PHONE);
    }

    /** The digits after the country code or the trunk 0: "912345678" for "+84 912 345 678". */
    private static String nationalNumber(String phone) {
        if (phone == null) {
            return "";
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.startsWith("0084")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            digits = digits.substring(2);
        }
        return digits.startsWith("0") ? digits.substring(1) : digits;
    }

    private static String maskSenderAddress(String text, String address, String commune) {
        if (address == null) {
            return text;
        }
        String replacement = commune == null ? ADDRESS : commune;
        String communeKey = commune == null ? "" : FoldedText.keyOf(commune);
        List<String> communeKeys = communeKeys(commune);
        String masked = text;
        for (String needle : addressKeys(address)) {
            // A value inside the commune's own name would be found again in the replacement.
            if (needle.length() >= 6 && !communeKey.contains(needle)) {
                List<int[]> ranges = FoldedText.of(masked).find(needle, communeKeys);
                int previousEnd = 0;
                for (int[] range : ranges) {
                    // "số nhà 12 ngõ 34" when the address was given as "12 ngõ 34": the house words go too.
                    Matcher houseWords = HOUSE_WORDS_BEFORE.matcher(masked.substring(Math.max(previousEnd, range[0] - 12), range[0]));
                    if (houseWords.find()) {
                        range[0] -= houseWords.group().length();
                    }
                    previousEnd = range[1];
                }
                masked = replaceRanges(masked, ranges, replacement);
            }
        }
        return masked;
    }

    /**
     * The commune as it may follow an address: "phường Hoàn Kiếm", "P. Hoàn Kiếm", "Hoàn Kiếm",
     * folded, longest first.
     */
    private static List<String> communeKeys(String commune) {
        if (commune == null) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(List.of(FoldedText.keyOf(commune)));
        Matcher unit = COMMUNE_UNIT.matcher(commune);
        if (unit.lookingAt()) {
            String name = FoldedText.keyOf(commune.substring(unit.end()));
            String abbreviation = Texts.searchKey(unit.group(1)).startsWith("thi tran") ? "tt" : Texts.searchKey(unit.group(1)).substring(0, 1);
            if (name.length() >= 3) {
                keys.add(abbreviation + name);
                keys.add(name);
            }
        }
        return keys;
    }

    /**
     * The folded forms of an address to look for, longest first: the whole address, then its
     * leading parts up to each comma that hold a number; each also without a leading "số"/"số
     * nhà"/"nhà số" and without the words "phố"/"đường".
     */
    private static List<String> addressKeys(String address) {
        String[] parts = address.split("[,;]");
        Set<String> keys = new LinkedHashSet<>();
        for (int count = parts.length; count >= 1; count--) {
            String words = Texts.searchKey(String.join(" ", Arrays.copyOf(parts, count)));
            if (count < parts.length && !words.matches(".*\\d.*")) {
                continue;
            }
            List<String> tokens = new ArrayList<>(List.of(words.split("[^\\p{L}\\p{N}]+")));
            tokens.removeIf(String::isEmpty);
            List<String> withoutHouseWords = new ArrayList<>(tokens);
            while (!withoutHouseWords.isEmpty()
                    && (withoutHouseWords.get(0).equals("so") || withoutHouseWords.get(0).equals("nha"))) {
                withoutHouseWords.remove(0);
            }
            for (List<String> variant : List.of(tokens, withoutHouseWords)) {
                keys.add(String.join("", variant));
                keys.add(String.join("", variant.stream().filter(token -> !STREET_KINDS.contains(token)).toList()));
            }
        }
        return keys.stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    static String replace(String text, Pattern pattern, Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (matcher.find()) {
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, matcher.start()).append(replacement.apply(matcher));
            last = matcher.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private static String replaceRanges(String text, List<int[]> ranges, String replacement) {
        if (ranges.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (int[] range : ranges) {
            out.append(text, last, range[0]).append(replacement);
            last = range[1];
        }
        return out.append(text, last, text.length()).toString();
    }
}
