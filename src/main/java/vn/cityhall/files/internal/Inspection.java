package vn.cityhall.files.internal;

import java.util.Objects;

import vn.cityhall.files.FileType;

/**
 * What {@link ContentInspector} found in a file: a supported type, or why the content cannot be
 * accepted.
 *
 * @param type the detected type, {@code null} when {@code problem} is set
 * @param problem why the content is refused, {@code null} when {@code type} is set
 */
public record Inspection(FileType type, Problem problem) {

    /** Why content is refused whatever its name says. */
    public enum Problem {
        /** No supported format (a plain ZIP, an AVI, random bytes…). */
        UNKNOWN,
        /** A program, script, HTML or SVG document: never stored. */
        UNSAFE,
        /** Starts like a supported format but its structure is broken. */
        CORRUPT,
        /** A password-protected Office document, whose content cannot be checked. */
        ENCRYPTED,
        /** Text in a legacy or UTF-16 encoding rather than UTF-8. */
        NOT_UTF8
    }

    public Inspection {
        if ((type == null) == (problem == null)) {
            throw new IllegalArgumentException("An inspection has either a type or a problem");
        }
    }

    public static Inspection of(FileType type) {
        return new Inspection(Objects.requireNonNull(type), null);
    }

    public static Inspection refused(Problem problem) {
        return new Inspection(null, Objects.requireNonNull(problem));
    }

    public boolean accepted() {
        return type != null;
    }
}
