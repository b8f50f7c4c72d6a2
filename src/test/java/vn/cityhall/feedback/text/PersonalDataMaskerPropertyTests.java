package vn.cityhall.feedback.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.cityhall.feedback.text.PersonalDataMasker.mask;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import vn.cityhall.shared.Texts;

/**
 * Properties of the masker over many generated texts (jqwik is not on the classpath, so seeded
 * loops): it never throws, masks once when applied twice, returns NFC, does not lengthen a text
 * absurdly, and known values never survive in any of their usual forms.
 */
class PersonalDataMaskerPropertyTests {

    private static final int RUNS = 3_000;

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE_NAMES = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Xuân"};
    private static final String[] GIVEN_NAMES = {"An", "Bình", "Cường", "Dũng", "Hoa", "Lan", "Hương", "Tuấn", "Phước",
            "Ánh", "Yến", "Thảo", "Khôi", "Đạt", "Uyên"};
    private static final String[] COMMUNES = {"phường Hoàn Kiếm", "phường Ba Đình", "xã Sóc Sơn", "phường Cửa Nam",
            "thị trấn Đông Anh", "xã Bà Điểm"};
    private static final String[] STREETS = {"Hàng Bông", "Kim Mã", "Nguyễn Trãi", "Lê Duẩn", "Bà Triệu",
            "Trần Hưng Đạo", "Láng"};

    /** Pieces a feedback text is made of, including everything the masker looks for and a few oddities. */
    private static final String[] FRAGMENTS = {"đường", "ngập", "sâu", "rác", "thải", "ồn ào", "ban đêm", "vỉa hè",
            "đèn", "hỏng", "cây", "đổ", "cống", "tắc", "phường", "xã", "UBND", "đề nghị", "xử lý", "gấp", "ông", "bà",
            "anh", "chị", "cô", "bác", "em", "Ông", "Bà", "Anh", "Chị", "số", "số nhà", "nhà số", "ngõ", "ngách",
            "hẻm", "kiệt", "phố", "căn hộ", "tòa", "Chủ tịch", "Công an", "Hồ", "Bác", "Ý", "A", "B", "M.", "N.V.A.",
            "đồng", "vnđ", "+84", "84", "0", "00", "(", ")", "(0)", "/", ".", ",", ";", ":", "-", " - ", "@", "_",
            "\n", "\t", "  ", "[", "]", PersonalDataMasker.PHONE, PersonalDataMasker.EMAIL, PersonalDataMasker.PLATE,
            PersonalDataMasker.ID_NUMBER, PersonalDataMasker.ADDRESS, "\u0301", "\u0323", "e\u0301", "Đ", "đ", "ß",
            "İ", "😀", "\uD83D", "\u00A0", "$1", "\\", "gmail.com", "29A", "30E", "B1", "C", "QĐ", "21.0285",
            "105.8542", "-", "12/3", "2025", "Km"};

    @Test
    void neverThrowsAndKeepsItsGuaranteesOnGeneratedTexts() {
        Random random = new Random(20260101);
        for (int run = 0; run < RUNS; run++) {
            String text = randomText(random, 1 + random.nextInt(40));
            MaskingContext context = random.nextInt(4) == 0 ? MaskingContext.none() : randomContext(random);
            assertGuarantees(text, context);
        }
    }

    @Test
    void neverThrowsOnRandomCharacters() {
        Random random = new Random(7);
        String alphabet = "0123456789 .-+()/@,;:aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323\n\t_[]";
        for (int run = 0; run < RUNS; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertGuarantees(text.toString(), randomContext(random));
        }
    }

    @Test
    void neverLetsAKnownNameOrPhoneThrough() {
        Random random = new Random(42);
        for (int run = 0; run < RUNS; run++) {
            String name = pick(random, SURNAMES) + " " + pick(random, MIDDLE_NAMES) + " " + pick(random, GIVEN_NAMES);
            String national = pick(random, new String[] {"3", "5", "7", "8", "9"}) + digits(random, 8);
            MaskingContext context = new MaskingContext(name, "0" + national, null, null, null);
            String writtenName = variantOf(random, name);
            String writtenPhone = phoneVariant(random, national);
            String text = randomWords(random) + " " + writtenName + ", " + randomWords(random) + " " + writtenPhone
                    + ". " + randomWords(random);

            String masked = mask(text, context);

            assertThat(masked.replaceAll("\\D", "")).as(text).doesNotContain(national);
            assertThat(FoldedText.keyOf(masked)).as(text).doesNotContain(FoldedText.keyOf(name));
            assertThat(masked).as(text).contains(PersonNames.initials(name).substring(0, 4));
            assertThat(mask(masked, context)).isEqualTo(masked);
        }
    }

    @Test
    void neverLetsAPatternThrough() {
        Random random = new Random(99);
        List<Supplier<String>> generators = List.of(
                () -> "0" + pick(random, new String[] {"3", "5", "7", "8", "9"}) + digits(random, 8),
                () -> "02" + digits(random, 9),
                () -> digits(random, 2) + (char) ('A' + random.nextInt(26)) + "-" + digits(random, 3) + "." + digits(random, 2),
                () -> digits(random, 2) + "-" + (char) ('A' + random.nextInt(26)) + digits(random, 1) + " " + digits(random, 5),
                () -> (char) ('A' + random.nextInt(26)) + digits(random, 7),
                () -> "user" + random.nextInt(1000) + "@example" + random.nextInt(10) + ".vn");
        for (int run = 0; run < RUNS; run++) {
            Supplier<String> generator = generators.get(random.nextInt(generators.size()));
            String value = generator.get();
            String text = randomWords(random) + " " + value + " " + randomWords(random);
            assertThat(mask(text, MaskingContext.none())).as(text).doesNotContain(value);
        }
        for (int run = 0; run < RUNS; run++) {
            String cccd = "0" + digits(random, 11);
            String text = randomWords(random) + ": " + cccd + ", " + randomWords(random);
            assertThat(mask(text, null)).as(text).doesNotContain(cccd).contains(PersonalDataMasker.ID_NUMBER);
        }
    }

    @Test
    void staysFastOnPathologicalInputs() {
        List<String> inputs = List.of("0".repeat(200_000), "9 ".repeat(100_000), "a".repeat(200_000),
                "a@".repeat(50_000), "a.".repeat(100_000) + "@b", "x@" + "b.".repeat(50_000),
                "anh " + "Aa ".repeat(50_000), "số " + "1/".repeat(50_000), "ngõ 1 ".repeat(30_000),
                "Nguyễn Văn An ".repeat(20_000), "(".repeat(100_000), "\u0301".repeat(100_000),
                "21.0285111, ".repeat(30_000), "84".repeat(100_000), "29A-".repeat(50_000));
        MaskingContext context = new MaskingContext("Nguyễn Văn An", "0912345678", "an@x.vn", "số 12 ngõ 34 Hàng Bông",
                "phường Hoàn Kiếm");
        for (String input : inputs) {
            assertThatCode(() -> {
                long started = System.nanoTime();
                mask(input, context);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).as(input.substring(0, 20))
                        .isLessThan(Duration.ofSeconds(10));
            }).doesNotThrowAnyException();
        }
    }

    private static void assertGuarantees(String text, MaskingContext context) {
        String once = mask(text, context);
        assertThat(once).as("masked %s", text).isNotNull();
        assertThat(Normalizer.isNormalized(once, Normalizer.Form.NFC)).as("NFC: %s", text).isTrue();
        assertThat(mask(once, context)).as("idempotent on %s", text).isEqualTo(once);
        int communeLength = context.commune() == null ? 0 : context.commune().length();
        assertThat(once.length()).as("length of %s", text).isLessThanOrEqualTo(2 * text.length() + 16 + communeLength);
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(10)) {
                case 0 -> text.append(digits(random, 1 + random.nextInt(13)));
                case 1 -> text.append(pick(random, SURNAMES)).append(' ').append(pick(random, GIVEN_NAMES));
                case 2 -> text.append(pick(random, STREETS));
                default -> text.append(pick(random, FRAGMENTS));
            }
            if (random.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private static MaskingContext randomContext(Random random) {
        String name = pick(random, SURNAMES) + " " + pick(random, MIDDLE_NAMES) + " " + pick(random, GIVEN_NAMES);
        String street = "số " + (1 + random.nextInt(200)) + " ngõ " + (1 + random.nextInt(300)) + " phố " + pick(random, STREETS);
        String commune = random.nextInt(5) == 0 ? null : pick(random, COMMUNES);
        return new MaskingContext(random.nextInt(5) == 0 ? null : name, "09" + digits(random, 8),
                random.nextBoolean() ? null : "nguoi" + random.nextInt(100) + "@gmail.com",
                random.nextInt(4) == 0 ? null : street + (commune == null ? "" : ", " + commune), commune);
    }

    /** A name as people type it: any case, with or without diacritics, with odd spacing. */
    private static String variantOf(Random random, String name) {
        String variant = switch (random.nextInt(5)) {
            case 0 -> name.toUpperCase(Locale.ROOT);
            case 1 -> name.toLowerCase(Locale.ROOT);
            case 2 -> Texts.searchKey(name);
            case 3 -> Normalizer.normalize(name, Normalizer.Form.NFD);
            default -> name;
        };
        return random.nextBoolean() ? variant : variant.replace(" ", "  ");
    }

    private static String phoneVariant(Random random, String national) {
        String grouped = switch (random.nextInt(4)) {
            case 0 -> national;
            case 1 -> national.substring(0, 3) + " " + national.substring(3, 6) + " " + national.substring(6);
            case 2 -> national.substring(0, 3) + "." + national.substring(3, 6) + "." + national.substring(6);
            default -> national.substring(0, 2) + "-" + national.substring(2, 5) + "-" + national.substring(5);
        };
        return pick(random, new String[] {"0", "+84 ", "84", "+84", "(+84) ", "0084 "}) + grouped;
    }

    private static String randomWords(Random random) {
        List<String> words = new ArrayList<>();
        for (int i = 0, count = random.nextInt(6); i < count; i++) {
            words.add(pick(random, new String[] {"đường", "ngập", "rác", "đề nghị", "xử lý", "phường", "tối qua",
                    "ồn", "Hà Nội", "hàng xóm", "liên hệ", "gọi"}));
        }
        return String.join(" ", words);
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
