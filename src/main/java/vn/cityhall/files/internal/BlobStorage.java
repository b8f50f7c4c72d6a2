package vn.cityhall.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of stored files live, one blob per distinct content, named by its SHA-256.
 * The embedded default is {@link LocalFolderStorage} (a local or shared folder); a city that
 * runs several nodes without a shared volume would add an S3-compatible implementation of this
 * interface. That is why this one-implementation interface exists.
 * <p>
 * Implementations must make a blob visible only once it is complete, and must tolerate two
 * nodes putting the same content at the same time.
 */
public interface BlobStorage {

    /** Whether a blob with this SHA-256 (lower-case hex) is stored. */
    boolean contains(String sha256) throws IOException;

    /**
     * Takes a complete, verified local file whose SHA-256 is {@code sha256} into the storage.
     * The file is moved or copied; the caller deletes it afterwards if it is still there. Does
     * nothing more than that when the blob is already stored.
     */
    void put(String sha256, Path file) throws IOException;

    /**
     * Opens a stored blob for reading.
     *
     * @throws java.nio.file.NoSuchFileException if there is no such blob
     */
    InputStream open(String sha256) throws IOException;
}
