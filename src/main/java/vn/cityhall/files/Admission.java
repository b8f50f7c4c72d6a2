package vn.cityhall.files;

import java.nio.file.Path;
import java.util.Locale;

import vn.cityhall.files.FileRejectedException.Reason;
import vn.cityhall.files.internal.ContentInspector;
import vn.cityhall.files.internal.Executables;
import vn.cityhall.files.internal.FileNames;
import vn.cityhall.files.internal.ImageSanitizer;
import vn.cityhall.files.internal.Inspection;
import vn.cityhall.files.internal.StagedFile;
import vn.cityhall.files.internal.Staging;

/**
 * Decides whether a staged upload may be stored, in this order: a program's name is refused;
 * the content's type is detected; a name whose extension belongs to another type is refused; the
 * policy must accept the type; images are checked for size and, if the policy says so,
 * re-encoded without metadata.
 */
class Admission {

    private final ContentInspector inspector;
    private final ImageSanitizer images;
    private final Staging staging;

    Admission(ContentInspector inspector, ImageSanitizer images, Staging staging) {
        this.inspector = inspector;
        this.images = images;
        this.staging = staging;
    }

    /**
     * Checks a staged upload. When an image is re-encoded, the result holds a new staged file and
     * the caller still owns (and discards) the original one.
     *
     * @throws FileRejectedException if the upload may not be stored
     */
    Admitted admit(StagedFile staged, String name, FilePolicy policy) {
        String extension = FileNames.extensionOf(name);
        if (Executables.isBlockedExtension(extension)) {
            throw new FileRejectedException(Reason.UNSAFE, name);
        }
        Inspection inspection = inspector.inspect(staged.path());
        if (!inspection.accepted()) {
            throw refusal(inspection.problem(), name, policy);
        }
        FileType type = refine(inspection.type(), extension);
        if (extension != null && FileType.isKnownExtension(extension) && !type.isDeclaredBy(extension)) {
            throw new FileRejectedException(Reason.MISMATCH, name, extension, label(type));
        }
        if (!policy.accepts(type.family())) {
            throw new FileRejectedException(Reason.TYPE, name, String.join(", ", policy.acceptedExtensions()));
        }
        if (!type.isImage()) {
            return new Admitted(staged, type, FileNames.withExtension(name, type), null, null);
        }
        if (!ImageSanitizer.canDecode(type)) {
            if (policy.reencodeImages()) {
                throw new FileRejectedException(Reason.IMAGE_FORMAT, name, label(type));
            }
            return new Admitted(staged, type, FileNames.withExtension(name, type), null, null);
        }
        return policy.reencodeImages() ? reencoded(staged, type, name) : checked(staged, type, name);
    }

    private Admitted checked(StagedFile staged, FileType type, String name) {
        ImageSanitizer.Result size = images.check(staged.path(), type, name);
        return new Admitted(staged, type, FileNames.withExtension(name, type), size.width(), size.height());
    }

    private Admitted reencoded(StagedFile staged, FileType type, String name) {
        Path output = staging.newFile();
        boolean written = false;
        try {
            ImageSanitizer.Result result = images.reencode(staged.path(), type, output, name);
            Admitted admitted = new Admitted(staging.describe(output), result.type(),
                    FileNames.withExtension(name, result.type()), result.width(), result.height());
            written = true;
            return admitted;
        } finally {
            if (!written) {
                staging.delete(output);
            }
        }
    }

    /** Text named {@code .csv} is CSV; MP4 content named {@code .m4a} is an audio recording. */
    private static FileType refine(FileType detected, String extension) {
        if (detected == FileType.TEXT && FileType.CSV.isDeclaredBy(extension)) {
            return FileType.CSV;
        }
        if (detected == FileType.MP4 && FileType.M4A.isDeclaredBy(extension)) {
            return FileType.M4A;
        }
        return detected;
    }

    private static FileRejectedException refusal(Inspection.Problem problem, String name, FilePolicy policy) {
        return switch (problem) {
            case UNSAFE -> new FileRejectedException(Reason.UNSAFE, name);
            case CORRUPT -> new FileRejectedException(Reason.CORRUPT, name);
            case ENCRYPTED -> new FileRejectedException(Reason.ENCRYPTED, name);
            case NOT_UTF8 -> new FileRejectedException(Reason.ENCODING, name);
            case UNKNOWN -> new FileRejectedException(Reason.TYPE, name, String.join(", ", policy.acceptedExtensions()));
        };
    }

    /** How messages name a type: its usual extension in capitals, e.g. "JPG", "DOCX". */
    private static String label(FileType type) {
        return type.primaryExtension().toUpperCase(Locale.ROOT);
    }
}
