package vn.cityhall.files.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import vn.cityhall.files.FileType;
import vn.cityhall.shared.Texts;

/**
 * File names as people's devices send them, made safe to store and show: Unicode NFC, no folder
 * part, no control or invisible formatting characters (such as the right-to-left override that
 * makes "invoice‮fdp.exe" look like a PDF), no characters that Windows refuses in names, no
 * leading dots, at most {@value #MAX_LENGTH} characters.
 */
public final class FileNames {

    static final int MAX_LENGTH = 200;
    /** The name given to a file that arrives without one. */
    static final String UNNAMED = "file";

    private static final Pattern INVISIBLE = Pattern.compile("\\p{C}+");
    private static final Pattern RESERVED = Pattern.compile("[<>:\"/\\\\|?*]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EXTENSION = Pattern.compile("[\\p{Alnum}]{1,10}");

    private FileNames() {
    }

    /** The cleaned display name; {@value #UNNAMED} when nothing is left of it. */
    public static String clean(String original) {
        String name = Texts.clean(original == null ? "" : original);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = INVISIBLE.matcher(name).replaceAll("");
        name = RESERVED.matcher(name).replaceAll("_");
        name = SPACES.matcher(name).replaceAll(" ").strip();
        name = stripDots(name);
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            name = shorten(name);
        }
        return name.isEmpty() ? UNNAMED : name;
    }

    /** The lower-case extension of a cleaned name (without the dot), or {@code null} if it has none. */
    public static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return null;
        }
        String extension = name.substring(dot + 1);
        return EXTENSION.matcher(extension).matches() ? extension.toLowerCase(Locale.ROOT) : null;
    }

    /**
     * The name with the usual extension of {@code type}: a known extension of any type is
     * replaced, anything else after a dot (e.g. "Biên bản 12.5") is kept as part of the name.
     */
    public static String withExtension(String name, FileType type) {
        String extension = extensionOf(name);
        if (extension != null && type.isDeclaredBy(extension)) {
            return name;
        }
        String base = extension != null && FileType.isKnownExtension(extension)
                ? name.substring(0, name.length() - extension.length() - 1)
                : name;
        return base + "." + type.primaryExtension();
    }

    private static String stripDots(String name) {
        int start = 0;
        while (start < name.length() && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
            start++;
        }
        int end = name.length();
        while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(start, end);
    }

    /** Cuts the part before the extension so that the whole name fits, never splitting a character. */
    private static String shorten(String name) {
        String extension = extensionOf(name);
        String suffix = extension == null ? "" : "." + extension;
        String base = extension == null ? name : name.substring(0, name.length() - suffix.length());
        int keep = MAX_LENGTH - suffix.length();
        return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + suffix;
    }
}
