package vn.cityhall.files;

import java.util.Arrays;

/**
 * An upload that the store refused. Nothing of it was kept. Callers show it as a field error:
 * {@code bindingResult.rejectValue("photos", e.messageKey(), e.arguments(), null)}; the texts are
 * in {@code i18n/files.properties} (Vietnamese) and {@code files_en.properties}. The first argument
 * is always the (cleaned) file name, except for {@link Reason#TOO_MANY}.
 */
public class FileRejectedException extends RuntimeException {

    /** Why a file was refused; each reason has its message key. */
    public enum Reason {
        /** The file has no content. Arguments: name. */
        EMPTY("files.rejected.empty"),
        /** Larger than the policy allows. Arguments: name, limit in MB. */
        TOO_LARGE("files.rejected.tooLarge"),
        /** A format the policy does not accept. Arguments: name, accepted extensions ("PDF, JPG"). */
        TYPE("files.rejected.type"),
        /** A program, script, HTML or SVG: never accepted. Arguments: name. */
        UNSAFE("files.rejected.unsafe"),
        /** The name's extension says another format than the content. Arguments: name, extension, detected format. */
        MISMATCH("files.rejected.mismatch"),
        /** Looks like a known format but its structure is broken. Arguments: name. */
        CORRUPT("files.rejected.corrupt"),
        /** An image that cannot be decoded. Arguments: name. */
        CORRUPT_IMAGE("files.rejected.corruptImage"),
        /** An image with too many pixels. Arguments: name, width, height, limit in megapixels. */
        IMAGE_TOO_LARGE("files.rejected.imageTooLarge"),
        /** An image format that cannot be re-encoded (HEIC, AVIF). Arguments: name, format. */
        IMAGE_FORMAT("files.rejected.imageFormat"),
        /** A password-protected document. Arguments: name. */
        ENCRYPTED("files.rejected.encrypted"),
        /** Text that is not UTF-8. Arguments: name. */
        ENCODING("files.rejected.encoding"),
        /** The upload broke off before its end. Arguments: name. */
        UNREADABLE("files.rejected.unreadable"),
        /** More files than a form allows. Arguments: the limit. */
        TOO_MANY("files.rejected.tooMany");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final transient Object[] arguments;

    public FileRejectedException(Reason reason, Object... arguments) {
        super(reason.messageKey() + " " + Arrays.toString(arguments));
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    /** The message for a form that carries more than {@code limit} files. */
    public static FileRejectedException tooMany(int limit) {
        return new FileRejectedException(Reason.TOO_MANY, limit);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }

    /** The message arguments, for {@code MessageSource.getMessage(key, args, locale)}. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
