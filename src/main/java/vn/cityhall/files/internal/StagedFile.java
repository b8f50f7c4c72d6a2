package vn.cityhall.files.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A complete upload (or re-encoded image) in the staging folder, with its size and SHA-256.
 *
 * @param path the temporary file
 * @param size its size in bytes
 * @param sha256 its SHA-256, lower-case hex
 */
public record StagedFile(Path path, long size, String sha256) {

    /** Deletes the temporary file if it is still there. */
    public void discard() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete temporary upload " + path, e);
        }
    }
}
