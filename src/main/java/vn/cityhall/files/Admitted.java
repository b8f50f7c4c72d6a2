package vn.cityhall.files;

import vn.cityhall.files.internal.StagedFile;

/**
 * An upload that passed every check, ready to be stored.
 *
 * @param content the bytes to store (the upload itself, or its re-encoded copy)
 * @param type the stored format
 * @param name the cleaned display name, with the extension of {@code type}
 * @param width image width, {@code null} for other files
 * @param height image height, {@code null} for other files
 */
record Admitted(StagedFile content, FileType type, String name, Integer width, Integer height) {
}
