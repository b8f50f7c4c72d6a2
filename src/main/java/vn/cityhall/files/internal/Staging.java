package vn.cityhall.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.springframework.core.io.InputStreamSource;

import vn.cityhall.files.FileRejectedException;
import vn.cityhall.files.FileRejectedException.Reason;

/**
 * The folder where uploads are written while they are checked. An upload is streamed to a
 * temporary file in fixed-size chunks while its SHA-256 is computed, so a large file never sits
 * in memory, and copying stops as soon as the size limit is passed.
 */
public final class Staging {

    private static final int CHUNK = 64 * 1024;
    private static final double MEGABYTE = 1024.0 * 1024.0;

    private final Path folder;

    public Staging(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /**
     * Copies an upload into a new temporary file.
     *
     * @param name the cleaned file name, for messages
     * @throws FileRejectedException if it is empty, larger than {@code maxBytes} or breaks off;
     *         no temporary file is left then
     */
    public StagedFile receive(InputStreamSource source, long maxBytes, String name) {
        Path file = newFile();
        boolean complete = false;
        InputStream in = open(source, name);
        try (OutputStream out = Files.newOutputStream(file)) {
            MessageDigest digest = sha256();
            long size = 0;
            byte[] buffer = new byte[CHUNK];
            int read;
            while ((read = readChunk(in, buffer, name)) >= 0) {
                size += read;
                if (size > maxBytes) {
                    throw new FileRejectedException(Reason.TOO_LARGE, name, maxBytes / MEGABYTE);
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            if (size == 0) {
                throw new FileRejectedException(Reason.EMPTY, name);
            }
            complete = true;
            return new StagedFile(file, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the upload to " + file, e);
        } finally {
            closeQuietly(in);
            if (!complete) {
                deleteQuietly(file);
            }
        }
    }

    /** Computes the size and SHA-256 of a file written into the staging folder. */
    public StagedFile describe(Path file) {
        MessageDigest digest = sha256();
        long size = 0;
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
                size += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return new StagedFile(file, size, HexFormat.of().formatHex(digest.digest()));
    }

    /** A new empty temporary file in the staging folder. */
    public Path newFile() {
        try {
            Files.createDirectories(folder);
            return Files.createTempFile(folder, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file in " + folder, e);
        }
    }

    /**
     * Deletes temporary files older than {@code age}, left by a node that stopped in the middle
     * of an upload. Younger ones may belong to uploads in progress on another node.
     */
    public int sweep(Instant now, Duration age) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(age)) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean " + folder, e);
        }
        return deleted;
    }

    private static InputStream open(InputStreamSource source, String name) {
        try {
            return source.getInputStream();
        } catch (IOException e) {
            throw new FileRejectedException(Reason.UNREADABLE, name);
        }
    }

    private static int readChunk(InputStream in, byte[] buffer, String name) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new FileRejectedException(Reason.UNREADABLE, name);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // The upload was read to its end or abandoned; a failing close changes nothing.
        }
    }

    /** Deletes a temporary file if it is still there; a file that cannot be deleted now goes at exit. */
    public void delete(Path file) {
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
