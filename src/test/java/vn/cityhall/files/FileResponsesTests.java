package vn.cityhall.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Downloads carry safe headers and a file name that survives in every browser. */
class FileResponsesTests {

    private static final byte[] CONTENT = "Nội dung biên bản\n".getBytes(StandardCharsets.UTF_8);
    private static final String SHA = "ab".repeat(32);

    @Test
    void encodesVietnameseNamesAsRfc5987WithAnAsciiFallback() {
        assertThat(FileResponses.contentDisposition("attachment", "Báo cáo tháng 5 (đợt 2).pdf")).isEqualTo(
                "attachment; filename=\"Bao cao thang 5 (dot 2).pdf\"; "
                        + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20th%C3%A1ng%205%20%28%C4%91%E1%BB%A3t%202%29.pdf");
    }

    @Test
    void keepsQuotesAndPercentSignsOutOfTheQuotedName() {
        assertThat(FileResponses.contentDisposition("inline", "tăng \"50%\"\\ 🙂.txt")).isEqualTo(
                "inline; filename=\"tang _50___ __.txt\"; filename*=UTF-8''t%C4%83ng%20%2250%25%22%5C%20%F0%9F%99%82.txt");
    }

    @Test
    void servesAnAttachmentWithNosniffLengthTypeAndETag() throws Exception {
        StoredFile file = file("Biên bản họp.txt", FileType.TEXT);
        MockMvc mvc = mvc(FileResponses.attachment(file, resource(file, new AtomicInteger())));

        mvc.perform(get("/download"))
                .andExpect(status().isOk())
                .andExpect(content().bytes(CONTENT))
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8"))
                .andExpect(header().longValue(HttpHeaders.CONTENT_LENGTH, CONTENT.length))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string(HttpHeaders.ETAG, "\"" + SHA + "\""))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache, private"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"Bien ban hop.txt\"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp.txt"));
    }

    @Test
    void answersAMatchingETagWithoutOpeningTheContent() throws Exception {
        StoredFile file = file("a.pdf", FileType.PDF);
        AtomicInteger opened = new AtomicInteger();
        MockMvc mvc = mvc(FileResponses.attachment(file, resource(file, opened)));

        mvc.perform(get("/download").header(HttpHeaders.IF_NONE_MATCH, "\"" + SHA + "\""))
                .andExpect(status().isNotModified());
        assertThat(opened).hasValue(0);
    }

    @Test
    void servesARangeOfTheContent() throws Exception {
        StoredFile file = file("video.mp4", FileType.MP4);
        MockMvc mvc = mvc(FileResponses.inline(file, resource(file, new AtomicInteger())));

        mvc.perform(get("/download").header(HttpHeaders.RANGE, "bytes=0-3"))
                .andExpect(status().isPartialContent())
                .andExpect(content().bytes(Arrays.copyOf(CONTENT, 4)));
    }

    @Test
    void showsOnlyRasterImagesInline() {
        assertThat(disposition(FileResponses.inline(file("a.jpg", FileType.JPEG), null))).startsWith("inline;");
        assertThat(disposition(FileResponses.inline(file("a.png", FileType.PNG), null))).startsWith("inline;");
        assertThat(disposition(FileResponses.inline(file("a.pdf", FileType.PDF), null))).startsWith("attachment;");
        assertThat(disposition(FileResponses.inline(file("a.heic", FileType.HEIC), null))).startsWith("attachment;");
    }

    private static String disposition(ResponseEntity<Resource> response) {
        return response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
    }

    private static StoredFile file(String name, FileType type) {
        return new StoredFile(FileId.of(7), name, type, CONTENT.length, SHA, null, null,
                Instant.parse("2026-05-04T03:00:00Z"), null);
    }

    private static Resource resource(StoredFile file, AtomicInteger opened) {
        return new BlobResource(file, () -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream(CONTENT);
        });
    }

    private static MockMvc mvc(ResponseEntity<Resource> response) {
        return MockMvcBuilders.standaloneSetup(new DownloadController(response)).build();
    }

    @RestController
    static class DownloadController {

        private final ResponseEntity<Resource> response;

        DownloadController(ResponseEntity<Resource> response) {
            this.response = response;
        }

        @GetMapping("/download")
        ResponseEntity<Resource> download() {
            return response;
        }
    }
}
