package vn.cityhall.files;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The metadata of one stored upload. Written once, never changed; several records may share one
 * blob when the same content was uploaded more than once.
 */
@Entity
@Table(name = "files_file")
class FileRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String sha256;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private long size;

    @Column(name = "original_name")
    private String originalName;

    @Column(name = "stored_at")
    private Instant storedAt;

    @Column(name = "stored_by")
    private Long storedBy;

    private Integer width;

    private Integer height;

    protected FileRecord() {
    }

    FileRecord(Admitted admitted, Instant storedAt, Long storedBy) {
        this.sha256 = admitted.content().sha256();
        this.mediaType = admitted.type().mediaType();
        this.size = admitted.content().size();
        this.originalName = admitted.name();
        this.width = admitted.width();
        this.height = admitted.height();
        this.storedAt = storedAt;
        this.storedBy = storedBy;
    }

    String sha256() {
        return sha256;
    }

    StoredFile toView() {
        FileType type = FileType.ofMediaType(mediaType)
                .orElseThrow(() -> new IllegalStateException("File " + id + " has an unknown media type " + mediaType));
        return new StoredFile(FileId.of(id), originalName, type, size, sha256, width, height, storedAt, storedBy);
    }
}
