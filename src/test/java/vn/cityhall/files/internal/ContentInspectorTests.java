package vn.cityhall.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.cityhall.files.FileType;
import vn.cityhall.files.MediaSamples;
import vn.cityhall.files.SampleFiles;
import vn.cityhall.files.internal.Inspection.Problem;

/** The type of a file is read from its bytes, for every supported format and the refused ones. */
class ContentInspectorTests {

    @TempDir
    Path folder;

    private final ContentInspector inspector = new ContentInspector();

    static Stream<Arguments> supportedFiles() {
        return Stream.of(
                Arguments.of(FileType.PDF, SampleFiles.pdf()),
                Arguments.of(FileType.PNG, SampleFiles.png(8, 4)),
                Arguments.of(FileType.JPEG, SampleFiles.jpeg(8, 4)),
                Arguments.of(FileType.JPEG, SampleFiles.jpegWithExif(8, 4, 6)),
                Arguments.of(FileType.GIF, SampleFiles.gif(8, 4)),
                Arguments.of(FileType.WEBP, SampleFiles.webp()),
                Arguments.of(FileType.WEBP, SampleFiles.transparentWebp()),
                Arguments.of(FileType.HEIC, MediaSamples.heic()),
                Arguments.of(FileType.AVIF, MediaSamples.avif()),
                Arguments.of(FileType.DOCX, SampleFiles.docx()),
                Arguments.of(FileType.XLSX, SampleFiles.xlsx()),
                Arguments.of(FileType.PPTX, SampleFiles.pptx()),
                Arguments.of(FileType.DOC, MediaSamples.doc()),
                Arguments.of(FileType.XLS, MediaSamples.xls()),
                Arguments.of(FileType.PPT, MediaSamples.ppt()),
                Arguments.of(FileType.ODT, SampleFiles.openDocument("application/vnd.oasis.opendocument.text")),
                Arguments.of(FileType.ODS, SampleFiles.openDocument("application/vnd.oasis.opendocument.spreadsheet")),
                Arguments.of(FileType.ODP, SampleFiles.openDocument("application/vnd.oasis.opendocument.presentation")),
                Arguments.of(FileType.TEXT, utf8("Phản ánh: đường Lê Lợi ngập sâu 30 cm\r\nsau cơn mưa.\n")),
                Arguments.of(FileType.TEXT, utf8("\uFEFFmã đơn vị;tên đơn vị\n01;Phường Hoàn Kiếm\n")),
                Arguments.of(FileType.MP4, MediaSamples.mp4()),
                Arguments.of(FileType.MOV, MediaSamples.mov()),
                Arguments.of(FileType.THREE_GP, MediaSamples.threeGp()),
                Arguments.of(FileType.M4A, MediaSamples.m4a()),
                Arguments.of(FileType.MP3, MediaSamples.mp3()),
                Arguments.of(FileType.MP3, MediaSamples.mp3WithoutTag()),
                Arguments.of(FileType.AAC, MediaSamples.aac()),
                Arguments.of(FileType.OGG, MediaSamples.ogg()),
                Arguments.of(FileType.AMR, MediaSamples.amr()),
                Arguments.of(FileType.AMR_WB, MediaSamples.amrWideband()),
                Arguments.of(FileType.WAV, MediaSamples.wav()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supportedFiles")
    void detectsTheTypeFromTheContent(FileType expected, byte[] content) throws IOException {
        assertThat(inspect(content)).isEqualTo(Inspection.of(expected));
    }

    static Stream<Arguments> unsafeFiles() {
        return Stream.of(
                Arguments.of("Windows program", MediaSamples.windowsProgram()),
                Arguments.of("Linux program", MediaSamples.linuxProgram()),
                Arguments.of("shell script", utf8("#!/bin/sh\nrm -rf /\n")),
                Arguments.of("Java class", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61}),
                Arguments.of("HTML page", utf8("\n  <!DOCTYPE html><html><body>Xin chào</body></html>")),
                Arguments.of("HTML fragment", utf8("<div onclick=\"alert(1)\">x</div>")),
                Arguments.of("script in text", utf8("Ghi chú\n<script>alert(1)</script>")),
                Arguments.of("SVG image", utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")),
                Arguments.of("XML", utf8("<?xml version=\"1.0\"?><a/>")),
                Arguments.of("Java archive", SampleFiles.zip(Map.of("META-INF/MANIFEST.MF", utf8("Main-Class: A\n"),
                        "A.class", new byte[] {(byte) 0xCA, (byte) 0xFE}))),
                Arguments.of("Android package", SampleFiles.zip(Map.of("AndroidManifest.xml", new byte[8],
                        "classes.dex", utf8("dex\n035\0")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsafeFiles")
    void refusesProgramsScriptsAndMarkup(String what, byte[] content) throws IOException {
        assertThat(inspect(content)).isEqualTo(Inspection.refused(Problem.UNSAFE));
    }

    @Test
    void refusesFormatsItDoesNotSupport() throws IOException {
        assertThat(inspect(SampleFiles.zip(Map.of("readme.txt", utf8("hello"))))).isEqualTo(Inspection.refused(Problem.UNKNOWN));
        assertThat(inspect(SampleFiles.docm())).isEqualTo(Inspection.refused(Problem.UNKNOWN));
        assertThat(inspect(SampleFiles.openDocument("application/vnd.oasis.opendocument.graphics")))
                .isEqualTo(Inspection.refused(Problem.UNKNOWN));
        assertThat(inspect(MediaSamples.compoundFile("SummaryInformation", "!MsiTables")))
                .isEqualTo(Inspection.refused(Problem.UNKNOWN));
        assertThat(inspect(MediaSamples.isoMedia("crx ", "crx "))).isEqualTo(Inspection.refused(Problem.UNKNOWN));
        assertThat(inspect(new byte[] {1, 2, 3, 0, 5, 6, 7, 8})).isEqualTo(Inspection.refused(Problem.UNKNOWN));
        assertThat(inspect(SampleFiles.concat(utf8("RIFF\0\0\0\0AVI LIST"), new byte[32])))
                .isEqualTo(Inspection.refused(Problem.UNKNOWN));
    }

    @Test
    void refusesTextThatIsNotUtf8() throws IOException {
        byte[] utf16 = SampleFiles.concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Phường Hoàn Kiếm".getBytes(StandardCharsets.UTF_16LE));
        byte[] legacy = "Phuong Hoan Kiem, quan Ba Dinh: gia tri 1/2 \u00e9t\u00e9".getBytes(Charset.forName("windows-1258"));
        assertThat(inspect(utf16)).isEqualTo(Inspection.refused(Problem.NOT_UTF8));
        assertThat(inspect(legacy)).isEqualTo(Inspection.refused(Problem.NOT_UTF8));
    }

    @Test
    void findsAnInvalidUtf8SequenceFarIntoALongText() throws IOException {
        byte[] text = utf8("Dòng văn bản tiếng Việt hợp lệ.\n".repeat(10_000));
        byte[] broken = Arrays.copyOf(text, text.length + 2);
        broken[text.length] = (byte) 0xC3; // a lead byte followed by an ASCII letter
        broken[text.length + 1] = 'x';
        assertThat(inspect(text)).isEqualTo(Inspection.of(FileType.TEXT));
        assertThat(inspect(broken)).isEqualTo(Inspection.refused(Problem.NOT_UTF8));
    }

    @Test
    void reportsPasswordProtectedOfficeDocuments() throws IOException {
        assertThat(inspect(MediaSamples.compoundFile("EncryptionInfo", "EncryptedPackage")))
                .isEqualTo(Inspection.refused(Problem.ENCRYPTED));
    }

    @Test
    void reportsBrokenContainersAsCorrupt() throws IOException {
        byte[] docx = SampleFiles.docx();
        byte[] compound = MediaSamples.doc();
        assertThat(inspect(Arrays.copyOf(docx, docx.length / 2))).isEqualTo(Inspection.refused(Problem.CORRUPT));
        assertThat(inspect(Arrays.copyOf(compound, 600))).isEqualTo(Inspection.refused(Problem.CORRUPT));
    }

    @Test
    void followsNoCompoundFileChainForever() throws IOException {
        byte[] looping = MediaSamples.doc();
        // FAT entry of directory sector 3 points back to sector 1.
        looping[512 + 12] = 1;
        looping[512 + 13] = 0;
        looping[512 + 14] = 0;
        looping[512 + 15] = 0;
        assertThat(inspect(looping)).isEqualTo(Inspection.refused(Problem.CORRUPT));
    }

    @Test
    void neverExpandsAZipBomb() throws IOException {
        Map<String, byte[]> bomb = new LinkedHashMap<>();
        bomb.put("[Content_Types].xml", new byte[64 * 1024 * 1024]); // 64 MB of zeros, deflated to ~64 KB
        byte[] zip = SampleFiles.zip(bomb);
        assertThat(zip.length).isLessThan(200_000);
        assertThat(inspect(zip)).isEqualTo(Inspection.refused(Problem.CORRUPT));
    }

    @Test
    void acceptsAnOfficeFileWithoutExpandingItsParts() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8("<Types><Override PartName=\"/word/document.xml\" ContentType="
                + "'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/></Types>"));
        parts.put("word/document.xml", new byte[64 * 1024 * 1024]);
        assertThat(inspect(SampleFiles.zip(parts))).isEqualTo(Inspection.of(FileType.DOCX));
    }

    private Inspection inspect(byte[] content) throws IOException {
        Path file = Files.createTempFile(folder, "sample", ".bin");
        Files.write(file, content);
        return inspector.inspect(file);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
