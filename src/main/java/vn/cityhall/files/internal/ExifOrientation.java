package vn.cityhall.files.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the orientation tag (0x0112) of a JPEG's EXIF block: phones store photos as the sensor
 * saw them and record in this tag how to turn them upright (EXIF 2.32, 4.6.4 A; values 1–8, as
 * in TIFF 6.0). Only the segments before the image data are read.
 */
final class ExifOrientation {

    static final int UPRIGHT = 1;
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int APP1 = 0xE1;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;
    private static final int MAX_SEGMENTS = 500;
    private static final int MAX_ENTRIES = 1000;
    private static final byte[] EXIF = {'E', 'x', 'i', 'f', 0, 0};

    private ExifOrientation() {
    }

    /** The orientation (1–8) of a JPEG file, {@link #UPRIGHT} when it has none or it is unreadable. */
    static int of(Path jpeg) {
        try (InputStream raw = Files.newInputStream(jpeg);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            if (in.readUnsignedShort() != 0xFFD8) {
                return UPRIGHT;
            }
            for (int segment = 0; segment < MAX_SEGMENTS; segment++) {
                int marker = nextMarker(in);
                if (marker == SOS || marker == EOI) {
                    return UPRIGHT;
                }
                if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                    continue; // markers without a length
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0) {
                    return UPRIGHT;
                }
                byte[] payload = in.readNBytes(length);
                if (marker == APP1 && startsWithExif(payload)) {
                    return fromTiff(ByteBuffer.wrap(payload, EXIF.length, payload.length - EXIF.length).slice());
                }
            }
        } catch (IOException | RuntimeException e) {
            return UPRIGHT;
        }
        return UPRIGHT;
    }

    private static int nextMarker(DataInputStream in) throws IOException {
        int b = in.readUnsignedByte();
        while (b != 0xFF) {
            b = in.readUnsignedByte(); // bytes between segments are not allowed, but tolerated
        }
        while (b == 0xFF) {
            b = in.readUnsignedByte(); // fill bytes
        }
        return b;
    }

    private static boolean startsWithExif(byte[] payload) {
        if (payload.length < EXIF.length + 8) {
            return false;
        }
        for (int i = 0; i < EXIF.length; i++) {
            if (payload[i] != EXIF[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads IFD0 of a TIFF structure for the orientation tag. */
    private static int fromTiff(ByteBuffer tiff) {
        if (tiff.get(0) == 'I' && tiff.get(1) == 'I') {
            tiff.order(ByteOrder.LITTLE_ENDIAN);
        } else if (tiff.get(0) != 'M' || tiff.get(1) != 'M') {
            return UPRIGHT;
        }
        if (tiff.getShort(2) != 42) {
            return UPRIGHT;
        }
        int ifd = tiff.getInt(4);
        if (ifd < 8 || ifd + 2 > tiff.limit()) {
            return UPRIGHT;
        }
        int entries = Math.min(tiff.getShort(ifd) & 0xFFFF, MAX_ENTRIES);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if (entry + 12 > tiff.limit()) {
                return UPRIGHT;
            }
            if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG && tiff.getShort(entry + 2) == SHORT) {
                int value = tiff.getShort(entry + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }
}
