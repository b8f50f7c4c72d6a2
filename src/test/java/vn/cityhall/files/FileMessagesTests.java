package vn.cityhall.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import vn.cityhall.files.FileRejectedException.Reason;

/** Every refusal has a clear message in Vietnamese and English, with its arguments filled in. */
class FileMessagesTests {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ReloadableResourceBundleMessageSource messages = messages();

    @Test
    void everyReasonHasAMessageInBothLanguages() {
        for (Reason reason : Reason.values()) {
            for (Locale locale : new Locale[] {VIETNAMESE, Locale.ENGLISH}) {
                String message = messages.getMessage(reason.messageKey(), sampleArguments(reason), locale);
                assertThat(message).as(reason + " in " + locale).doesNotContain("{").doesNotContain("''");
                if (reason != Reason.TOO_MANY) {
                    assertThat(message).as(reason + " in " + locale).contains("“Ảnh hiện trường.jpg”");
                }
            }
        }
    }

    @Test
    void formatsSizesAndLimitsForEachLanguage() {
        FileRejectedException tooLarge = new FileRejectedException(Reason.TOO_LARGE, "video.mp4", 20.0);
        assertThat(text(tooLarge, VIETNAMESE)).contains("(20 MB mỗi tệp)");
        assertThat(text(new FileRejectedException(Reason.TOO_LARGE, "a.pdf", 2.5), VIETNAMESE)).contains("(2,5 MB");
        assertThat(text(new FileRejectedException(Reason.TOO_LARGE, "a.pdf", 2.5), Locale.ENGLISH)).contains("(2.5 MB");
        FileRejectedException bomb = new FileRejectedException(Reason.IMAGE_TOO_LARGE, "a.png", 20_000, 15_000, 50.0);
        assertThat(text(bomb, Locale.ENGLISH)).contains("(20000 × 15000 pixels, at most 50 megapixels)");
        assertThat(text(FileRejectedException.tooMany(5), VIETNAMESE)).isEqualTo(
                "Chỉ được đính kèm tối đa 5 tệp. Hãy bỏ bớt tệp rồi gửi lại.");
    }

    @Test
    void tellsWhatWasFoundAndHowToFixIt() {
        FileRejectedException mismatch = new FileRejectedException(Reason.MISMATCH, "hoa-don.pdf", "pdf", "PNG");
        assertThat(text(mismatch, VIETNAMESE)).isEqualTo("Tệp “hoa-don.pdf” có đuôi .pdf nhưng nội dung là tệp PNG. "
                + "Hãy đổi đuôi tên tệp cho đúng nội dung hoặc chọn tệp khác.");
        assertThat(text(mismatch, Locale.ENGLISH)).contains("file name's extension");
        FileRejectedException type = new FileRejectedException(Reason.TYPE, "a.zip", "JPG, PNG");
        assertThat(text(type, VIETNAMESE)).endsWith("Các định dạng được chấp nhận: JPG, PNG.");
    }

    private String text(FileRejectedException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.arguments(), locale);
    }

    private static Object[] sampleArguments(Reason reason) {
        return switch (reason) {
            case TOO_MANY -> new Object[] {5};
            case TOO_LARGE -> new Object[] {"Ảnh hiện trường.jpg", 20.0};
            case TYPE -> new Object[] {"Ảnh hiện trường.jpg", "PDF, DOCX"};
            case MISMATCH -> new Object[] {"Ảnh hiện trường.jpg", "jpg", "PNG"};
            case IMAGE_TOO_LARGE -> new Object[] {"Ảnh hiện trường.jpg", 9000, 8000, 50.0};
            case IMAGE_FORMAT -> new Object[] {"Ảnh hiện trường.jpg", "HEIC"};
            default -> new Object[] {"Ảnh hiện trường.jpg"};
        };
    }

    private static ReloadableResourceBundleMessageSource messages() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasename("classpath:i18n/files");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(VIETNAMESE);
        return source;
    }
}
