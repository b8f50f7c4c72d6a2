package vn.cityhall.files;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * What someone sent: the name their device gave the file (only a hint for display; the type is
 * read from the content) and where to read the bytes. The stream is read once, to its end or to
 * the policy's size limit, and closed by the store.
 *
 * @param originalName the name as sent, possibly with a path, odd characters or none at all
 * @param content the bytes, opened once by the store
 */
public record UploadedContent(String originalName, InputStreamSource content) {

    public UploadedContent {
        Objects.requireNonNull(content, "content");
        originalName = originalName == null ? "" : originalName;
    }

    /** A file from a multipart form field. */
    public static UploadedContent of(MultipartFile file) {
        return new UploadedContent(file.getOriginalFilename(), file);
    }

    /** Bytes at hand, e.g. a small attachment fetched by a channel adapter. */
    public static UploadedContent of(String originalName, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new UploadedContent(originalName, () -> new ByteArrayInputStream(copy));
    }

    /** A file on disk, e.g. one downloaded from a messaging platform. */
    public static UploadedContent of(String originalName, Path file) {
        return new UploadedContent(originalName, () -> Files.newInputStream(file));
    }
}
