package vn.cityhall.files.internal;

import java.util.HashSet;
import java.util.Set;

import vn.cityhall.files.FileType;

/**
 * Files in the ISO base media format (MP4, MOV, 3GP, M4A, HEIC, AVIF), told apart by the brands
 * of their leading {@code ftyp} box (ISO/IEC 14496-12, 4.3).
 */
final class IsoMedia {

    private static final Set<String> AVIF = Set.of("avif", "avis");
    private static final Set<String> HEIF = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs",
            "mif1", "msf1");
    private static final Set<String> AUDIO = Set.of("M4A ", "M4B ", "M4P ");
    private static final Set<String> MP4 = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso8", "iso9",
            "mp41", "mp42", "mp71", "avc1", "M4V ", "M4VH", "M4VP", "MSNV", "dash", "f4v ", "F4V ", "NDAS", "XAVC",
            "mmp4", "MiPr");

    private IsoMedia() {
    }

    /** Whether the header starts with an {@code ftyp} box. */
    static boolean isIsoMedia(byte[] header) {
        return Magic.asciiAt(header, 4, "ftyp") && header.length >= 12;
    }

    /** The type that the {@code ftyp} box names, or {@code null} if it names none we support. */
    static FileType classify(byte[] header) {
        String major = Magic.ascii(header, 8, 4);
        Set<String> brands = brands(header, major);
        if (brands.stream().anyMatch(AVIF::contains)) {
            return FileType.AVIF;
        }
        if (brands.stream().anyMatch(HEIF::contains)) {
            return FileType.HEIC;
        }
        if ("qt  ".equals(major)) {
            return FileType.MOV;
        }
        if (major.startsWith("3gp") || major.startsWith("3g2")) {
            return FileType.THREE_GP;
        }
        if (AUDIO.contains(major)) {
            return FileType.M4A;
        }
        if (brands.stream().anyMatch(MP4::contains)) {
            return FileType.MP4;
        }
        return null;
    }

    private static Set<String> brands(byte[] header, String major) {
        Set<String> brands = new HashSet<>();
        brands.add(major);
        long boxSize = Magic.uint32BigEndian(header, 0);
        int end = (int) Math.min(boxSize, header.length);
        for (int offset = 16; offset + 4 <= end; offset += 4) {
            brands.add(Magic.ascii(header, offset, 4));
        }
        return brands;
    }
}
