package vn.cityhall.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Blobs in a folder tree: the content with SHA-256 {@code abcd…} lives at {@code root/ab/cd/abcd…}.
 * A blob appears by an atomic rename of a complete file, so readers never see half a file, and
 * two nodes that store the same content at once both succeed with the same result.
 */
public final class LocalFolderStorage implements BlobStorage {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public LocalFolderStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Where the blob with this SHA-256 is (or would be) kept. */
    public Path pathOf(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a lower-case SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public void put(String sha256, Path file) throws IOException {
        Path target = pathOf(sha256);
        if (Files.isRegularFile(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Stored meanwhile by another thread or node: the same bytes, nothing to do.
        } catch (AtomicMoveNotSupportedException e) {
            // The file lies on another file system: copy next to the target, then rename there.
            Path partial = target.resolveSibling(sha256 + "." + UUID.randomUUID() + ".partial");
            try {
                Files.copy(file, partial);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }
}
