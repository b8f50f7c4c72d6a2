package vn.cityhall.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.cityhall.files.FileType;

/** Names as devices send them become safe display names. */
class FileNamesTests {

    @Test
    void keepsVietnameseNamesInNfc() {
        String decomposed = Normalizer.normalize("  Ảnh hiện trường đường Lê Lợi.jpg ", Normalizer.Form.NFD);
        String cleaned = FileNames.clean(decomposed);
        assertThat(cleaned).isEqualTo("Ảnh hiện trường đường Lê Lợi.jpg");
        assertThat(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void dropsFolderPartsFromEitherSeparator() {
        assertThat(FileNames.clean("C:\\Users\\an\\Desktop\\bao-cao.pdf")).isEqualTo("bao-cao.pdf");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void removesControlAndInvisibleCharacters() {
        // U+202E turns "invoice<RLO>fdp.exe" into what looks like "invoiceexe.pdf".
        assertThat(FileNames.clean("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(FileNames.clean("a\u0000b\nc\u200Bd.txt")).isEqualTo("abcd.txt");
    }

    @Test
    void replacesCharactersWindowsRefusesAndTrimsDotsAndSpaces() {
        assertThat(FileNames.clean("Tờ trình: \"số 5\" <mới>?*|.docx")).isEqualTo("Tờ trình_ _số 5_ _mới____.docx");
        assertThat(FileNames.clean("...hidden . ")).isEqualTo("hidden");
        assertThat(FileNames.clean("a \t  b.pdf")).isEqualTo("a b.pdf");
    }

    @Test
    void namesAFileThatHasNoName() {
        assertThat(FileNames.clean(null)).isEqualTo("file");
        assertThat(FileNames.clean(" / ")).isEqualTo("file");
        assertThat(FileNames.clean("\u202E")).isEqualTo("file");
    }

    @Test
    void shortensLongNamesButKeepsTheExtension() {
        String cleaned = FileNames.clean("Đ".repeat(300) + ".pdf");
        assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(cleaned).endsWith("Đ.pdf");
    }

    @Test
    void readsExtensionsInLowerCase() {
        assertThat(FileNames.extensionOf("ẢNH.JPG")).isEqualTo("jpg");
        assertThat(FileNames.extensionOf("Biên bản 12.5")).isEqualTo("5");
        assertThat(FileNames.extensionOf("noextension")).isNull();
        assertThat(FileNames.extensionOf("trailing.")).isNull();
        assertThat(FileNames.extensionOf("a.tar-gz")).isNull();
    }

    @Test
    void givesTheNameTheExtensionOfTheStoredType() {
        assertThat(FileNames.withExtension("ảnh.jpeg", FileType.JPEG)).isEqualTo("ảnh.jpeg");
        assertThat(FileNames.withExtension("ảnh.webp", FileType.JPEG)).isEqualTo("ảnh.jpg");
        assertThat(FileNames.withExtension("scan.gif", FileType.PNG)).isEqualTo("scan.png");
        assertThat(FileNames.withExtension("Biên bản 12.5", FileType.PDF)).isEqualTo("Biên bản 12.5.pdf");
        assertThat(FileNames.withExtension("file", FileType.DOCX)).isEqualTo("file.docx");
    }
}
