package vn.cityhall.files;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The file store's settings, bound from {@code cityhall.files.*}.
 *
 * @param root the folder that holds the content-addressed blobs (and a {@code tmp} folder for
 *        uploads in progress, on the same file system so that finished files are moved in
 *        atomically); by default {@code ${cityhall.data-dir}/files}. Several nodes may share it.
 * @param defaultMaxSize the size limit of {@link FileStore#policy(FileFamily, FileFamily...)}
 *        policies, 20MB by default (the multipart limit {@code spring.servlet.multipart.max-file-size}
 *        must be at least as large)
 * @param maxImageSide re-encoded images are shrunk so that their longer side has at most this
 *        many pixels, 4096 by default
 * @param maxImagePixels images that declare more pixels than this (width × height) are refused
 *        before they are decoded, 50,000,000 by default (a decompression-bomb guard)
 * @param jpegQuality the JPEG quality of re-encoded photos, between 0.5 and 1, 0.85 by default
 */
@ConfigurationProperties("cityhall.files")
public record FilesSettings(
        Path root,
        @DefaultValue("20MB") DataSize defaultMaxSize,
        @DefaultValue("4096") int maxImageSide,
        @DefaultValue("50000000") long maxImagePixels,
        @DefaultValue("0.85") float jpegQuality) {

    public FilesSettings {
        if (defaultMaxSize == null || defaultMaxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("cityhall.files.default-max-size must be positive");
        }
        if (maxImageSide < 16) {
            throw new IllegalArgumentException("cityhall.files.max-image-side must be at least 16, was " + maxImageSide);
        }
        if (maxImagePixels <= 0) {
            throw new IllegalArgumentException("cityhall.files.max-image-pixels must be positive, was " + maxImagePixels);
        }
        if (!(jpegQuality >= 0.5f && jpegQuality <= 1f)) {
            throw new IllegalArgumentException("cityhall.files.jpeg-quality must lie between 0.5 and 1, was " + jpegQuality);
        }
    }

    /** The defaults, with blobs under {@code root}. */
    public static FilesSettings defaults(Path root) {
        return new FilesSettings(root, DataSize.ofMegabytes(20), 4096, 50_000_000L, 0.85f);
    }

    /** The blob folder: {@link #root()} if set, else {@code files} inside the data folder. */
    public Path rootOr(Path dataDir) {
        return root != null ? root : dataDir.resolve("files");
    }
}
