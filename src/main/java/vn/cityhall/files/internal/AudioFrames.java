package vn.cityhall.files.internal;

import vn.cityhall.files.FileType;

/**
 * Raw MPEG audio streams: MP3 (MPEG-1/2 Layer III, also Layer II) and AAC in ADTS frames, either
 * at the start of the file or after an ID3v2 tag.
 */
final class AudioFrames {

    private static final int ID3_HEADER = 10;

    private AudioFrames() {
    }

    /** Where the first audio frame starts: after the ID3v2 tag if there is one, else 0. */
    static long firstFrameOffset(byte[] header) {
        if (!Magic.startsWith(header, "ID3") || header.length < ID3_HEADER) {
            return 0;
        }
        // ID3v2 header: "ID3", version (2 bytes), flags, size as four 7-bit bytes (ID3v2.4 §3.1).
        long size = 0;
        for (int i = 6; i < ID3_HEADER; i++) {
            size = (size << 7) | (header[i] & 0x7F);
        }
        boolean footer = (header[5] & 0x10) != 0;
        return ID3_HEADER + size + (footer ? ID3_HEADER : 0);
    }

    /** MP3 or AAC if the bytes are an MPEG audio or ADTS frame header, else {@code null}. */
    static FileType classifyFrame(byte[] frame) {
        if (frame.length < 4 || (frame[0] & 0xFF) != 0xFF) {
            return null;
        }
        int b1 = frame[1] & 0xFF;
        int b2 = frame[2] & 0xFF;
        if ((b1 & 0xF6) == 0xF0) {
            // ADTS: 12-bit sync, MPEG version, layer 00, protection; then profile and frequency index.
            int frequency = (b2 >> 2) & 0x0F;
            return frequency < 13 ? FileType.AAC : null;
        }
        if ((b1 & 0xE0) == 0xE0) {
            int version = (b1 >> 3) & 0x03;
            int layer = (b1 >> 1) & 0x03;
            int bitrate = (b2 >> 4) & 0x0F;
            int frequency = (b2 >> 2) & 0x03;
            boolean valid = version != 1 && (layer == 1 || layer == 2) && bitrate != 0x0F && frequency != 3;
            return valid ? FileType.MP3 : null;
        }
        return null;
    }
}
