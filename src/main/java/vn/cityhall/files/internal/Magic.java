package vn.cityhall.files.internal;

import java.nio.charset.StandardCharsets;

/** Byte-pattern helpers over the first bytes of a file. */
final class Magic {

    private Magic() {
    }

    static boolean startsWith(byte[] header, int... bytes) {
        return matchesAt(header, 0, bytes);
    }

    static boolean matchesAt(byte[] header, int offset, int... bytes) {
        if (offset < 0 || header.length < offset + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((header[offset + i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWith(byte[] header, String ascii) {
        return asciiAt(header, 0, ascii);
    }

    static boolean asciiAt(byte[] header, int offset, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.ISO_8859_1);
        if (offset < 0 || header.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (header[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    static String ascii(byte[] header, int offset, int length) {
        if (offset < 0 || header.length < offset + length) {
            return "";
        }
        return new String(header, offset, length, StandardCharsets.ISO_8859_1);
    }

    static long uint32BigEndian(byte[] header, int offset) {
        return ((header[offset] & 0xFFL) << 24) | ((header[offset + 1] & 0xFFL) << 16)
                | ((header[offset + 2] & 0xFFL) << 8) | (header[offset + 3] & 0xFFL);
    }
}
