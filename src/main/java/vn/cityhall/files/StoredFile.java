package vn.cityhall.files;

import java.time.Instant;

/**
 * What the store knows of one upload. Safe to show: the name is cleaned for display.
 *
 * @param id the id the owning module keeps
 * @param name the original name, NFC-normalised, without path, control or reserved characters,
 *        with the extension of the stored format (e.g. "Ảnh hiện trường.jpg")
 * @param type the format detected from the content (after re-encoding, the stored format)
 * @param size the stored size in bytes
 * @param sha256 the SHA-256 of the stored bytes, lower-case hex
 * @param width the image width in pixels, {@code null} for other files (and for HEIC/AVIF)
 * @param height the image height in pixels, {@code null} when {@code width} is
 * @param storedAt when it was stored
 * @param storedBy the person id of the staff member who stored it, {@code null} for citizens and
 *        system work
 */
public record StoredFile(FileId id, String name, FileType type, long size, String sha256,
        Integer width, Integer height, Instant storedAt, Long storedBy) {

    public String mediaType() {
        return type.mediaType();
    }

    public boolean isImage() {
        return type.isImage();
    }
}
