package vn.cityhall.files;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.util.unit.DataSize;

/**
 * What one upload field accepts: the families of file, the largest size of one file, and whether
 * images are re-encoded (decoded, turned upright, shrunk to the configured size and written again
 * as JPEG or PNG, which drops EXIF, XMP and GPS metadata). Re-encoding is on unless a caller needs
 * the exact bytes that were sent (e.g. a signed scan) and accepts that their metadata stays.
 * <p>
 * How many files one form may carry is the caller's rule; {@link FileRejectedException#tooMany(int)}
 * gives the message.
 *
 * @param families the accepted families, at least one
 * @param maxBytes the largest accepted file, in bytes; positive
 * @param reencodeImages whether images are re-encoded with their metadata stripped
 */
public record FilePolicy(Set<FileFamily> families, long maxBytes, boolean reencodeImages) {

    public FilePolicy {
        if (families == null || families.isEmpty()) {
            throw new IllegalArgumentException("A file policy accepts at least one family of files");
        }
        families = Set.copyOf(families);
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("A file policy's size limit must be positive, was " + maxBytes);
        }
    }

    /** Accepts the given families up to {@code maxSize} per file and re-encodes images. */
    public static FilePolicy of(DataSize maxSize, FileFamily first, FileFamily... more) {
        return new FilePolicy(EnumSet.of(first, more), maxSize.toBytes(), true);
    }

    /** Photos only, re-encoded, up to {@code maxSize} each (e.g. a citizen's feedback photos). */
    public static FilePolicy images(DataSize maxSize) {
        return of(maxSize, FileFamily.IMAGES);
    }

    /** The same policy with another size limit. */
    public FilePolicy withMaxSize(DataSize maxSize) {
        return new FilePolicy(families, maxSize.toBytes(), reencodeImages);
    }

    /** The same policy, but images are stored exactly as sent, metadata included. */
    public FilePolicy keepingImagesAsSent() {
        return new FilePolicy(families, maxBytes, false);
    }

    public boolean accepts(FileFamily family) {
        return families.contains(family);
    }

    /**
     * Whether a file of this type may be stored under this policy. HEIC and AVIF images cannot
     * be decoded in pure Java, so they are accepted only when images are kept as sent.
     */
    public boolean accepts(FileType type) {
        if (!accepts(type.family())) {
            return false;
        }
        return !(reencodeImages && (type == FileType.HEIC || type == FileType.AVIF));
    }

    /** The usual extensions of the accepted types, upper case, for messages: "PDF, DOCX, JPG". */
    public List<String> acceptedExtensions() {
        return Arrays.stream(FileType.values())
                .filter(this::accepts)
                .map(type -> type.primaryExtension().toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
    }
}
