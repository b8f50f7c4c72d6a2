package vn.cityhall.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import vn.cityhall.files.FileRejectedException.Reason;
import vn.cityhall.files.internal.ContentInspector;
import vn.cityhall.files.internal.ImageSanitizer;
import vn.cityhall.files.internal.StagedFile;
import vn.cityhall.files.internal.Staging;

/** The rules that decide whether an upload may be stored, without Spring or a database. */
class AdmissionTests {

    private static final FilePolicy IMAGES = FilePolicy.images(DataSize.ofMegabytes(5));
    private static final FilePolicy EVERYTHING = FilePolicy.of(DataSize.ofMegabytes(5), FileFamily.IMAGES,
            FileFamily.DOCUMENTS, FileFamily.AUDIO, FileFamily.VIDEO);

    @TempDir
    Path folder;

    private Staging staging;
    private Admission admission;

    @BeforeEach
    void setUp() {
        staging = new Staging(folder.resolve("tmp"));
        admission = new Admission(new ContentInspector(), new ImageSanitizer(4096, 50_000_000, 0.85f), staging);
    }

    @Test
    void acceptsADocumentAndKeepsItsBytes() {
        StagedFile staged = stage("Báo cáo tháng 5.pdf", SampleFiles.pdf());
        Admitted admitted = admission.admit(staged, "Báo cáo tháng 5.pdf", EVERYTHING);
        assertThat(admitted).isEqualTo(new Admitted(staged, FileType.PDF, "Báo cáo tháng 5.pdf", null, null));
    }

    @Test
    void refusesAProgramWhateverItsName() {
        assertRefused("hoa-don.pdf", MediaSamples.windowsProgram(), EVERYTHING, Reason.UNSAFE, "hoa-don.pdf");
        assertRefused("anh.jpg", MediaSamples.windowsProgram(), IMAGES, Reason.UNSAFE, "anh.jpg");
        assertRefused("setup.exe", SampleFiles.pdf(), EVERYTHING, Reason.UNSAFE, "setup.exe");
        assertRefused("ve.svg", "<svg/>".getBytes(StandardCharsets.UTF_8), IMAGES, Reason.UNSAFE, "ve.svg");
        assertRefused("trang.html", "Xin chào".getBytes(StandardCharsets.UTF_8), EVERYTHING, Reason.UNSAFE, "trang.html");
    }

    @Test
    void refusesAnExtensionThatContradictsTheContent() {
        assertRefused("report.pdf", SampleFiles.png(4, 4), EVERYTHING, Reason.MISMATCH, "report.pdf", "pdf", "PNG");
        assertRefused("anh.png", SampleFiles.jpeg(4, 4), IMAGES, Reason.MISMATCH, "anh.png", "png", "JPG");
        assertRefused("to-trinh.doc", SampleFiles.docx(), EVERYTHING, Reason.MISMATCH, "to-trinh.doc", "doc", "DOCX");
    }

    @Test
    void refusesAFamilyThePolicyDoesNotAccept() {
        assertRefused("Báo cáo.pdf", SampleFiles.pdf(), IMAGES, Reason.TYPE, "Báo cáo.pdf", "JPG, PNG, GIF, WEBP");
        assertRefused("ghi-am.mp3", MediaSamples.mp3(), FilePolicy.of(DataSize.ofMegabytes(1), FileFamily.DOCUMENTS),
                Reason.TYPE, "ghi-am.mp3", "PDF, DOCX, XLSX, PPTX, DOC, XLS, PPT, ODT, ODS, ODP, TXT, CSV");
        assertRefused("nen.zip", SampleFiles.zip(Map.of("a.txt", new byte[] {'a'})), IMAGES, Reason.TYPE,
                "nen.zip", "JPG, PNG, GIF, WEBP");
    }

    @Test
    void addsTheUsualExtensionToANameWithoutOne() {
        assertThat(admit("Biên bản 12.5", SampleFiles.pdf(), EVERYTHING).name()).isEqualTo("Biên bản 12.5.pdf");
        assertThat(admit("file", MediaSamples.doc(), EVERYTHING).name()).isEqualTo("file.doc");
    }

    @Test
    void tellsCsvAndVoiceRecordingsByTheirExtension() {
        byte[] text = "ma;ten\n01;Phường Hoàn Kiếm\n".getBytes(StandardCharsets.UTF_8);
        assertThat(admit("danh-sach.csv", text, EVERYTHING).type()).isEqualTo(FileType.CSV);
        assertThat(admit("ghi-chu.txt", text, EVERYTHING).type()).isEqualTo(FileType.TEXT);
        assertThat(admit("ghi-am.m4a", MediaSamples.mp4(), EVERYTHING).type()).isEqualTo(FileType.M4A);
        assertThat(admit("video.mp4", MediaSamples.mp4(), EVERYTHING).type()).isEqualTo(FileType.MP4);
        assertThat(admit("zalo-voice.aac", MediaSamples.aac(), EVERYTHING).type()).isEqualTo(FileType.AAC);
        assertThat(admit("old-phone.amr", MediaSamples.amr(), EVERYTHING).type()).isEqualTo(FileType.AMR);
    }

    @Test
    void reencodesImagesIntoANewStagedFileWithTheStoredExtension() throws IOException {
        StagedFile staged = stage("ảnh.webp", SampleFiles.webp());
        Admitted admitted = admission.admit(staged, "ảnh.webp", IMAGES);
        assertThat(admitted.type()).isEqualTo(FileType.JPEG);
        assertThat(admitted.name()).isEqualTo("ảnh.jpg");
        assertThat(admitted.width()).isEqualTo(16);
        assertThat(admitted.height()).isEqualTo(8);
        assertThat(admitted.content().path()).isNotEqualTo(staged.path());
        assertThat(admitted.content().size()).isEqualTo(Files.size(admitted.content().path()));
        assertThat(staged.path()).exists();
    }

    @Test
    void keepsImagesAsSentWhenThePolicySaysSo() {
        byte[] photo = SampleFiles.jpegWithExif(40, 20, 6);
        StagedFile staged = stage("ảnh.jpg", photo);
        Admitted admitted = admission.admit(staged, "ảnh.jpg", IMAGES.keepingImagesAsSent());
        assertThat(admitted).isEqualTo(new Admitted(staged, FileType.JPEG, "ảnh.jpg", 40, 20));
    }

    @Test
    void acceptsHeicOnlyWhereImagesAreKeptAsSent() {
        assertRefused("IMG_0001.HEIC", MediaSamples.heic(), IMAGES, Reason.IMAGE_FORMAT, "IMG_0001.HEIC", "HEIC");
        Admitted kept = admit("IMG_0001.HEIC", MediaSamples.heic(), IMAGES.keepingImagesAsSent());
        assertThat(kept.type()).isEqualTo(FileType.HEIC);
        assertThat(kept.width()).isNull();
    }

    @Test
    void leavesNoTemporaryFileWhenAnImageIsRefused() throws IOException {
        byte[] broken = SampleFiles.concat(Arrays.copyOf(SampleFiles.jpeg(40, 20), 4), new byte[100]);
        StagedFile staged = stage("x.jpg", broken);
        assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> admission.admit(staged, "x.jpg", IMAGES))
                .extracting(FileRejectedException::reason).isEqualTo(Reason.CORRUPT_IMAGE);
        try (Stream<Path> files = Files.list(staging.folder())) {
            assertThat(files).containsExactly(staged.path());
        }
    }

    @Test
    void mapsContentProblemsToMessages() {
        byte[] legacy = "Ph\u00f4ng ch\u1eef c\u0169".getBytes(Charset.forName("windows-1258"));
        assertRefused("danh-sach.csv", legacy, EVERYTHING, Reason.ENCODING, "danh-sach.csv");
        assertRefused("mat-khau.docx", MediaSamples.compoundFile("EncryptionInfo", "EncryptedPackage"), EVERYTHING,
                Reason.ENCRYPTED, "mat-khau.docx");
        byte[] docx = SampleFiles.docx();
        assertRefused("hong.docx", Arrays.copyOf(docx, docx.length - 30), EVERYTHING, Reason.CORRUPT, "hong.docx");
    }

    private Admitted admit(String name, byte[] content, FilePolicy policy) {
        return admission.admit(stage(name, content), name, policy);
    }

    private void assertRefused(String name, byte[] content, FilePolicy policy, Reason reason, Object... arguments) {
        StagedFile staged = stage(name, content);
        assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> admission.admit(staged, name, policy))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.arguments()).containsExactly(arguments);
                });
    }

    private StagedFile stage(String name, byte[] content) {
        return staging.receive(() -> new ByteArrayInputStream(content), 5 * 1024 * 1024, name);
    }
}
