package vn.cityhall.files;

import static vn.cityhall.files.SampleFiles.ascii;
import static vn.cityhall.files.SampleFiles.concat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Minimal audio, video, legacy Office and program files, byte by byte. */
public final class MediaSamples {

    private static final int SECTOR = 512;
    private static final int FREE = 0xFFFFFFFF;
    private static final int END_OF_CHAIN = 0xFFFFFFFE;
    private static final int FAT_SECTOR = 0xFFFFFFFD;

    private MediaSamples() {
    }

    /**
     * A compound file (MS-CFB version 3) whose directory holds a root entry and streams with
     * these names. The directory spans two sectors that are not adjacent (sectors 1 and 3), so a
     * reader must follow the FAT chain.
     */
    public static byte[] compoundFile(String... streams) {
        ByteBuffer file = ByteBuffer.allocate(SECTOR * 5).order(ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        file.putShort(0x18, (short) 0x3E).putShort(0x1A, (short) 3).putShort(0x1C, (short) 0xFFFE)
                .putShort(0x1E, (short) 9).putShort(0x20, (short) 6)
                .putInt(0x2C, 1).putInt(0x30, 1).putInt(0x38, 4096)
                .putInt(0x3C, END_OF_CHAIN).putInt(0x40, 0).putInt(0x44, END_OF_CHAIN).putInt(0x48, 0);
        for (int i = 0; i < 109; i++) {
            file.putInt(0x4C + 4 * i, i == 0 ? 0 : FREE);
        }
        int fat = SECTOR; // sector 0
        for (int i = 0; i < SECTOR / 4; i++) {
            file.putInt(fat + 4 * i, FREE);
        }
        file.putInt(fat, FAT_SECTOR).putInt(fat + 4, 3).putInt(fat + 8, END_OF_CHAIN).putInt(fat + 12, END_OF_CHAIN);
        String[] names = new String[streams.length + 1];
        names[0] = "Root Entry";
        System.arraycopy(streams, 0, names, 1, streams.length);
        if (names.length > 8) {
            throw new IllegalArgumentException("At most 7 streams");
        }
        for (int i = 0; i < names.length; i++) {
            int sector = i < 4 ? 1 : 3;
            int entry = SECTOR * (sector + 1) + 128 * (i % 4);
            byte[] name = names[i].getBytes(StandardCharsets.UTF_16LE);
            file.put(entry, name);
            file.putShort(entry + 0x40, (short) (name.length + 2));
            file.put(entry + 0x42, (byte) (i == 0 ? 5 : 2));
            file.putInt(entry + 0x44, FREE).putInt(entry + 0x48, FREE).putInt(entry + 0x4C, FREE);
            file.putInt(entry + 0x74, END_OF_CHAIN);
        }
        return file.array();
    }

    public static byte[] doc() {
        return compoundFile("\u0001CompObj", "WordDocument", "1Table", "\u0005SummaryInformation", "Data");
    }

    public static byte[] xls() {
        return compoundFile("Workbook", "\u0005SummaryInformation");
    }

    public static byte[] ppt() {
        return compoundFile("PowerPoint Document", "Current User");
    }

    /** An ISO media file: an {@code ftyp} box with these brands, then a small {@code mdat} box. */
    public static byte[] isoMedia(String major, String... compatible) {
        ByteBuffer box = ByteBuffer.allocate(16 + 4 * compatible.length + 16);
        box.putInt(16 + 4 * compatible.length).put(ascii("ftyp")).put(ascii(major)).putInt(0);
        for (String brand : compatible) {
            box.put(ascii(brand));
        }
        box.putInt(16).put(ascii("mdat")).putInt(0x01020304).putInt(0x05060708);
        return box.array();
    }

    public static byte[] mp4() {
        return isoMedia("isom", "isom", "iso2", "avc1", "mp41");
    }

    public static byte[] mov() {
        return isoMedia("qt  ", "qt  ");
    }

    public static byte[] threeGp() {
        return isoMedia("3gp4", "isom", "3gp4");
    }

    public static byte[] m4a() {
        return isoMedia("M4A ", "M4A ", "mp42", "isom");
    }

    public static byte[] heic() {
        return isoMedia("heic", "mif1", "heic");
    }

    public static byte[] avif() {
        return isoMedia("avif", "avif", "mif1", "miaf");
    }

    /** An MP3: an ID3v2.4 tag, then MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz). */
    public static byte[] mp3() {
        byte[] tag = concat(ascii("ID3"), new byte[] {4, 0, 0, 0, 0, 0, 20}, new byte[20]);
        return concat(tag, frames(0xFF, 0xFB, 0x90, 0x64));
    }

    public static byte[] mp3WithoutTag() {
        return frames(0xFF, 0xFB, 0x90, 0x64);
    }

    /** AAC in ADTS frames (AAC LC, 44.1 kHz), as Zalo voice notes are sent. */
    public static byte[] aac() {
        return frames(0xFF, 0xF1, 0x50, 0x80);
    }

    public static byte[] ogg() {
        return concat(ascii("OggS"), new byte[] {0, 2}, new byte[40]);
    }

    public static byte[] amr() {
        return concat(ascii("#!AMR\n"), frames(0x3C, 0x48, 0xF5, 0x1F));
    }

    public static byte[] amrWideband() {
        return concat(ascii("#!AMR-WB\n"), frames(0x24, 0x10, 0x20, 0x30));
    }

    public static byte[] wav() {
        ByteBuffer wav = ByteBuffer.allocate(44 + 16).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(ascii("RIFF")).putInt(36 + 16).put(ascii("WAVE"))
                .put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000)
                .putShort((short) 2).putShort((short) 16)
                .put(ascii("data")).putInt(16);
        return wav.array();
    }

    /** The start of a Windows program. */
    public static byte[] windowsProgram() {
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3C] = (byte) 0x80;
        System.arraycopy(ascii("PE\0\0"), 0, program, 0x80, 4);
        return program;
    }

    public static byte[] linuxProgram() {
        return concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, new byte[56]);
    }

    private static byte[] frames(int... header) {
        byte[] frame = new byte[64];
        for (int i = 0; i < header.length; i++) {
            frame[i] = (byte) header[i];
        }
        byte[] three = new byte[frame.length * 3];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(frame, 0, three, i * frame.length, frame.length);
        }
        return Arrays.copyOf(three, three.length);
    }
}
