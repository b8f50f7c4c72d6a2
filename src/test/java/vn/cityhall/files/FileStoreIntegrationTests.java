package vn.cityhall.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.util.unit.DataSize;

import vn.cityhall.DatabaseTest;
import vn.cityhall.files.FileRejectedException.Reason;
import vn.cityhall.files.internal.BlobStorage;
import vn.cityhall.files.internal.LocalFolderStorage;
import vn.cityhall.files.internal.Staging;
import vn.cityhall.shared.StaffIdentity;

/** Uploads stored in the blob folder and the database, read back, shared, and refused without a trace. */
@SpringBootTest
@AutoConfigureMockMvc // the same context shape as the MVC tests, so that one context serves both
@DatabaseTest
class FileStoreIntegrationTests {

    private static final FilePolicy DOCUMENTS = FilePolicy.of(DataSize.ofMegabytes(1), FileFamily.DOCUMENTS);

    @Autowired
    FileStore fileStore;

    @Autowired
    FileRecords records;

    @Autowired
    BlobStorage blobs;

    @Autowired
    Staging staging;

    @Test
    @WithUserDetails("admin")
    void storesAnUploadAndReadsItBack() throws IOException {
        byte[] content = uniqueText();
        StoredFile stored = fileStore.store(UploadedContent.of("Ghi chú tiến độ.txt", content), DOCUMENTS);

        assertThat(stored.name()).isEqualTo("Ghi chú tiến độ.txt");
        assertThat(stored.type()).isEqualTo(FileType.TEXT);
        assertThat(stored.mediaType()).isEqualTo("text/plain");
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(sha256(content));
        assertThat(stored.width()).isNull();
        long admin = ((StaffIdentity) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).personId();
        assertThat(stored.storedBy()).isEqualTo(admin);
        assertThat(fileStore.find(stored.id())).contains(stored);
        try (InputStream in = fileStore.open(stored.id())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(fileStore.content(stored).getInputStream().readAllBytes()).isEqualTo(content);
        assertThat(blobPath(stored.sha256())).exists()
                .satisfies(path -> assertThat(path.getParent().getFileName().toString()).isEqualTo(stored.sha256().substring(2, 4)));
    }

    @Test
    void storesAMultipartUploadUnderItsCleanedName() throws IOException {
        String decomposed = Normalizer.normalize("C:\\fakepath\\Biên bản họp.pdf", Normalizer.Form.NFD);
        byte[] content = SampleFiles.concat(SampleFiles.pdf(), uniqueText());
        StoredFile stored = fileStore.store(
                UploadedContent.of(new MockMultipartFile("files", decomposed, "application/octet-stream", content)),
                DOCUMENTS);
        assertThat(stored.name()).isEqualTo("Biên bản họp.pdf");
        assertThat(stored.type()).isEqualTo(FileType.PDF);
        assertThat(fileStore.find(stored.id()).orElseThrow().name()).isEqualTo("Biên bản họp.pdf");
    }

    @Test
    void recordsNoPersonForUploadsOutsideAStaffSession() {
        StoredFile stored = fileStore.store(UploadedContent.of("citizen.txt", uniqueText()), DOCUMENTS);
        assertThat(stored.storedBy()).isNull();
    }

    @Test
    void keepsIdenticalContentOnceButGivesEachUploadItsOwnId() {
        byte[] content = uniqueText();
        StoredFile first = fileStore.store(UploadedContent.of("a.txt", content), DOCUMENTS);
        StoredFile second = fileStore.store(UploadedContent.of("b.txt", content), DOCUMENTS);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.name()).isEqualTo("b.txt");
        assertThat(records.countBySha256(first.sha256())).isEqualTo(2);
        assertThat(fileStore.findAll(List.of(first.id(), second.id(), FileId.of(Long.MAX_VALUE))))
                .containsExactlyInAnyOrder(first, second);
    }

    @Test
    void storesTheSameContentFromManyThreadsAtOnce() throws Exception {
        byte[] content = SampleFiles.concat(SampleFiles.pdf(), uniqueText());
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<StoredFile>> results = Stream.generate(() -> (Callable<StoredFile>) () -> {
                start.await();
                return fileStore.store(UploadedContent.of("same.pdf", content), DOCUMENTS);
            }).limit(threads).map(pool::submit).toList();
            start.countDown();
            List<StoredFile> stored = results.stream().map(FileStoreIntegrationTests::get).toList();

            assertThat(stored).extracting(StoredFile::id).doesNotHaveDuplicates();
            assertThat(stored).extracting(StoredFile::sha256).containsOnly(sha256(content));
            assertThat(records.countBySha256(sha256(content))).isEqualTo(threads);
            try (Stream<Path> siblings = Files.list(blobPath(sha256(content)).getParent())) {
                assertThat(siblings).containsExactly(blobPath(sha256(content)));
            }
            assertThat(Files.readAllBytes(blobPath(sha256(content)))).isEqualTo(content);
            assertThat(temporaryFiles()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefusedUploadLeavesNoRowNoBlobAndNoTemporaryFile() {
        long rows = records.count();
        byte[] program = SampleFiles.concat(MediaSamples.windowsProgram(), uniqueText());
        byte[] tooLarge = SampleFiles.concat(SampleFiles.pdf(), new byte[2 * 1024 * 1024]);
        byte[] brokenPhoto = SampleFiles.concat(SampleFiles.jpeg(40, 20), uniqueText());
        brokenPhoto[20] = 0x00;
        brokenPhoto[21] = 0x00; // the quantisation table no longer parses

        assertRefused(UploadedContent.of("hoa-don.pdf", program), DOCUMENTS, Reason.UNSAFE);
        assertRefused(UploadedContent.of("lon.pdf", tooLarge), DOCUMENTS, Reason.TOO_LARGE);
        assertRefused(UploadedContent.of("rong.pdf", new byte[0]), DOCUMENTS, Reason.EMPTY);
        assertRefused(UploadedContent.of("ảnh.jpg", brokenPhoto), FilePolicy.images(DataSize.ofMegabytes(1)),
                Reason.CORRUPT_IMAGE);
        assertRefused(new UploadedContent("dut.pdf", () -> new BreakingStream(SampleFiles.pdf())), DOCUMENTS,
                Reason.UNREADABLE);

        assertThat(records.count()).isEqualTo(rows);
        for (byte[] content : List.of(program, tooLarge, brokenPhoto)) {
            assertThat(blobPath(sha256(content))).doesNotExist();
        }
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void storesPhotosReencodedWithoutLocationData() throws IOException {
        StoredFile stored = fileStore.store(UploadedContent.of("IMG_2041.JPG", SampleFiles.jpegWithExif(40, 20, 6)),
                fileStore.policy(FileFamily.IMAGES));

        assertThat(stored.type()).isEqualTo(FileType.JPEG);
        assertThat(stored.name()).isEqualTo("IMG_2041.JPG");
        assertThat(stored.width()).isEqualTo(20);
        assertThat(stored.height()).isEqualTo(40);
        byte[] kept;
        try (InputStream in = fileStore.open(stored.id())) {
            kept = in.readAllBytes();
        }
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("CAM");
        assertThat(stored.sha256()).isEqualTo(sha256(kept));
        assertThat(stored.size()).isEqualTo(kept.length);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void knowsNoFileThatWasNeverStored() {
        assertThat(fileStore.find(FileId.of(Long.MAX_VALUE))).isEmpty();
        assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(() -> fileStore.open(FileId.of(Long.MAX_VALUE)));
    }

    @Test
    void givesPoliciesTheConfiguredDefaultLimit() {
        assertThat(fileStore.policy(FileFamily.IMAGES, FileFamily.DOCUMENTS))
                .isEqualTo(new FilePolicy(Set.of(FileFamily.IMAGES, FileFamily.DOCUMENTS),
                        DataSize.ofMegabytes(20).toBytes(), true));
    }

    private void assertRefused(UploadedContent upload, FilePolicy policy, Reason reason) {
        assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> fileStore.store(upload, policy))
                .extracting(FileRejectedException::reason).isEqualTo(reason);
    }

    private Path blobPath(String sha256) {
        return ((LocalFolderStorage) blobs).pathOf(sha256);
    }

    private List<Path> temporaryFiles() {
        try (Stream<Path> files = Files.list(staging.folder())) {
            return files.toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] uniqueText() {
        return ("Tiến độ 50%: đã khảo sát hiện trường " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An upload whose connection drops after the first bytes. */
    private static final class BreakingStream extends InputStream {

        private final InputStream start;

        BreakingStream(byte[] start) {
            this.start = new ByteArrayInputStream(start);
        }

        @Override
        public int read() throws IOException {
            int read = start.read();
            if (read < 0) {
                throw new IOException("Connection reset");
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = start.read(buffer, offset, length);
            if (read < 0) {
                throw new IOException("Connection reset");
            }
            return read;
        }
    }
}
