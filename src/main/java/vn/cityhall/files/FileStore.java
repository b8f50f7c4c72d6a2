package vn.cityhall.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

import vn.cityhall.files.internal.BlobStorage;
import vn.cityhall.files.internal.FileNames;
import vn.cityhall.files.internal.StagedFile;
import vn.cityhall.files.internal.Staging;
import vn.cityhall.shared.AuditActor;

/**
 * The platform's file store, the entry point every module uses for uploads. {@link #store}
 * checks an upload against a {@link FilePolicy} (type by content, size, safety; images
 * re-encoded without location metadata) and keeps it content-addressed: identical content is kept
 * once, while every upload gets its own {@link FileId} and metadata. Files are never changed.
 * <p>
 * The file work (copying, hashing, decoding) runs outside any transaction; only the metadata
 * row is written in the caller's transaction, if there is one. If that transaction rolls back,
 * the blob stays without a row until a later clean-up removes it.
 */
@Service
public class FileStore {

    private final FileRecords records;
    private final BlobStorage blobs;
    private final Staging staging;
    private final Admission admission;
    private final FilesSettings settings;
    private final Clock clock;

    FileStore(FileRecords records, BlobStorage blobs, Staging staging, Admission admission, FilesSettings settings,
            Clock clock) {
        this.records = records;
        this.blobs = blobs;
        this.staging = staging;
        this.admission = admission;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Checks and stores one upload, recording the signed-in staff member (if any) as the one who
     * stored it.
     *
     * @throws FileRejectedException if the upload breaks the policy; then nothing is kept
     * @throws UncheckedIOException if the storage cannot be written
     */
    public StoredFile store(UploadedContent upload, FilePolicy policy) {
        String name = FileNames.clean(upload.originalName());
        StagedFile staged = staging.receive(upload.content(), policy.maxBytes(), name);
        try {
            Admitted admitted = admission.admit(staged, name, policy);
            try {
                blobs.put(admitted.content().sha256(), admitted.content().path());
            } finally {
                admitted.content().discard();
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            return records.save(new FileRecord(admitted, now, AuditActor.current().personId())).toView();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + name, e);
        } finally {
            staged.discard();
        }
    }

    /** The stored file with this id, if there is one. */
    public Optional<StoredFile> find(FileId id) {
        return records.findById(id.value()).map(FileRecord::toView);
    }

    /** The stored files with these ids, in no particular order; unknown ids are left out. */
    public List<StoredFile> findAll(Collection<FileId> ids) {
        return records.findAllById(ids.stream().map(FileId::value).toList()).stream().map(FileRecord::toView).toList();
    }

    /**
     * Opens a stored file's content; the caller closes the stream. Check access first.
     *
     * @throws NoSuchElementException if there is no file with this id
     * @throws UncheckedIOException if its content cannot be read
     */
    public InputStream open(FileId id) {
        StoredFile file = find(id).orElseThrow(() -> new NoSuchElementException("No stored file " + id));
        return open(file);
    }

    /**
     * The content of a stored file as a resource that opens the blob only when it is read (and
     * may be read again), for {@link FileResponses}.
     */
    public Resource content(StoredFile file) {
        return new BlobResource(file, () -> open(file));
    }

    /** A policy for the given families with the configured default size limit, re-encoding images. */
    public FilePolicy policy(FileFamily first, FileFamily... more) {
        return FilePolicy.of(settings.defaultMaxSize(), first, more);
    }

    /** The configured default size limit of one file. */
    public DataSize defaultMaxSize() {
        return settings.defaultMaxSize();
    }

    private InputStream open(StoredFile file) {
        try {
            return blobs.open(file.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the content of stored file " + file.id(), e);
        }
    }
}
