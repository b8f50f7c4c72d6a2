package vn.cityhall.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

import org.springframework.core.io.AbstractResource;

/**
 * A stored file's content that is opened only when read, so that a response that is never
 * written (e.g. answered "304 Not Modified") holds no open file. Its length is known in advance,
 * which lets Spring MVC answer range requests.
 */
final class BlobResource extends AbstractResource {

    private final StoredFile file;
    private final Supplier<InputStream> opener;

    BlobResource(StoredFile file, Supplier<InputStream> opener) {
        this.file = file;
        this.opener = opener;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return opener.get();
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public long contentLength() {
        return file.size();
    }

    @Override
    public long lastModified() {
        return file.storedAt().toEpochMilli();
    }

    @Override
    public String getFilename() {
        return file.name();
    }

    @Override
    public String getDescription() {
        return "stored file " + file.id() + " (" + file.sha256() + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BlobResource resource && resource.file.equals(file);
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }
}
