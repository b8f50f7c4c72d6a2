package vn.cityhall.files;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file format the store recognises by its content (never by its name). Each type has one
 * media type and the file-name extensions that may declare it; the first extension is the one
 * the store adds to a name that has none.
 */
public enum FileType {

    PDF(FileFamily.DOCUMENTS, "application/pdf", "pdf"),
    DOCX(FileFamily.DOCUMENTS, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX(FileFamily.DOCUMENTS, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX(FileFamily.DOCUMENTS, "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    DOC(FileFamily.DOCUMENTS, "application/msword", "doc"),
    XLS(FileFamily.DOCUMENTS, "application/vnd.ms-excel", "xls"),
    PPT(FileFamily.DOCUMENTS, "application/vnd.ms-powerpoint", "ppt"),
    ODT(FileFamily.DOCUMENTS, "application/vnd.oasis.opendocument.text", "odt"),
    ODS(FileFamily.DOCUMENTS, "application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP(FileFamily.DOCUMENTS, "application/vnd.oasis.opendocument.presentation", "odp"),
    /** UTF-8 text without NUL or other binary control characters. */
    TEXT(FileFamily.DOCUMENTS, "text/plain", "txt", "text", "log", "md"),
    /** Text content whose name ends in {@code .csv}. */
    CSV(FileFamily.DOCUMENTS, "text/csv", "csv"),

    JPEG(FileFamily.IMAGES, "image/jpeg", "jpg", "jpeg", "jpe", "jfif"),
    PNG(FileFamily.IMAGES, "image/png", "png"),
    GIF(FileFamily.IMAGES, "image/gif", "gif"),
    WEBP(FileFamily.IMAGES, "image/webp", "webp"),
    /** iPhone photos; no pure-Java decoder exists, so accepted only where images are kept as sent. */
    HEIC(FileFamily.IMAGES, "image/heic", "heic", "heif", "hif"),
    /** Like {@link #HEIC}: accepted only where images are kept as sent. */
    AVIF(FileFamily.IMAGES, "image/avif", "avif"),

    MP4(FileFamily.VIDEO, "video/mp4", "mp4", "m4v"),
    MOV(FileFamily.VIDEO, "video/quicktime", "mov", "qt"),
    THREE_GP(FileFamily.VIDEO, "video/3gpp", "3gp", "3g2"),

    MP3(FileFamily.AUDIO, "audio/mpeg", "mp3"),
    /** AAC in an MP4 container (Zalo and iPhone voice notes); also MP4 content named {@code .m4a}. */
    M4A(FileFamily.AUDIO, "audio/mp4", "m4a", "m4b"),
    /** Raw AAC in ADTS frames. */
    AAC(FileFamily.AUDIO, "audio/aac", "aac"),
    OGG(FileFamily.AUDIO, "audio/ogg", "ogg", "oga", "opus"),
    /** Narrow-band AMR, the voice-note format of older phones. */
    AMR(FileFamily.AUDIO, "audio/amr", "amr"),
    AMR_WB(FileFamily.AUDIO, "audio/amr-wb", "awb", "amr"),
    WAV(FileFamily.AUDIO, "audio/wav", "wav");

    private final FileFamily family;
    private final String mediaType;
    private final List<String> extensions;

    FileType(FileFamily family, String mediaType, String... extensions) {
        this.family = family;
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public FileFamily family() {
        return family;
    }

    /** The media type, e.g. {@code image/jpeg}, without parameters. */
    public String mediaType() {
        return mediaType;
    }

    /** Lower-case extensions without the dot, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    public String primaryExtension() {
        return extensions.get(0);
    }

    /** Whether a name ending in {@code .extension} (any case) may hold this type. */
    public boolean isDeclaredBy(String extension) {
        return extension != null && extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    public boolean isImage() {
        return family == FileFamily.IMAGES;
    }

    /** Whether any type is declared by this extension (lower case, no dot). */
    public static boolean isKnownExtension(String extension) {
        for (FileType type : values()) {
            if (type.isDeclaredBy(extension)) {
                return true;
            }
        }
        return false;
    }

    public static Optional<FileType> ofMediaType(String mediaType) {
        for (FileType type : values()) {
            if (type.mediaType.equalsIgnoreCase(mediaType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
