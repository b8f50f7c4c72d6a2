package vn.cityhall.files.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.cityhall.files.FileType;
import vn.cityhall.files.internal.Inspection.Problem;

/**
 * Legacy Office files (DOC, XLS, PPT) in the Compound File Binary format ([MS-CFB]). The OLE2
 * signature alone also fits installers (MSI) and other containers, so the directory is read to
 * find the stream that names the application: {@code WordDocument}, {@code Workbook} or
 * {@code Book}, {@code PowerPoint Document}. A password-protected OOXML document is a compound
 * file with an {@code EncryptedPackage} stream. Every sector number is checked and every chain
 * is bounded, so a malformed file cannot loop.
 */
final class CompoundFile {

    private static final int HEADER_SIZE = 512;
    private static final int DIRECTORY_ENTRY_SIZE = 128;
    private static final int HEADER_DIFAT_ENTRIES = 109;
    private static final int END_OF_CHAIN = 0xFFFFFFFE;
    private static final int MAX_DIRECTORY_ENTRIES = 100_000;

    private final FileChannel channel;
    private final int sectorSize;
    private final long sectorCount;
    private final List<Integer> fatSectors = new ArrayList<>();

    private CompoundFile(FileChannel channel, int sectorSize) throws IOException {
        this.channel = channel;
        this.sectorSize = sectorSize;
        // The header occupies the first sector (512 bytes, padded to 4096 in version 4).
        this.sectorCount = (channel.size() + sectorSize - 1) / sectorSize - 1;
    }

    static boolean isCompoundFile(byte[] header) {
        return Magic.startsWith(header, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    }

    static Inspection inspect(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = read(channel, 0, HEADER_SIZE);
            int sectorShift = header.getShort(0x1E);
            if (header.getShort(0x1C) != (short) 0xFFFE || (sectorShift != 9 && sectorShift != 12)) {
                return Inspection.refused(Problem.CORRUPT);
            }
            CompoundFile compound = new CompoundFile(channel, 1 << sectorShift);
            compound.readFatLocations(header);
            return classify(compound.streamNames(header.getInt(0x30)));
        } catch (IOException | RuntimeException e) {
            return Inspection.refused(Problem.CORRUPT);
        }
    }

    private static Inspection classify(Set<String> names) {
        if (names.contains("EncryptedPackage")) {
            return Inspection.refused(Problem.ENCRYPTED);
        }
        if (names.contains("WordDocument")) {
            return Inspection.of(FileType.DOC);
        }
        if (names.contains("Workbook") || names.contains("Book")) {
            return Inspection.of(FileType.XLS);
        }
        if (names.contains("PowerPoint Document")) {
            return Inspection.of(FileType.PPT);
        }
        return Inspection.refused(Problem.UNKNOWN);
    }

    /** Collects the FAT sector numbers from the header's DIFAT and the DIFAT sector chain. */
    private void readFatLocations(ByteBuffer header) throws IOException {
        long fatCount = Integer.toUnsignedLong(header.getInt(0x2C));
        if (fatCount > sectorCount) {
            throw new IOException("More FAT sectors than sectors");
        }
        for (int i = 0; i < HEADER_DIFAT_ENTRIES && fatSectors.size() < fatCount; i++) {
            fatSectors.add(checked(header.getInt(0x4C + 4 * i)));
        }
        int difatSector = header.getInt(0x44);
        int perSector = sectorSize / 4 - 1;
        for (long hops = 0; fatSectors.size() < fatCount; hops++) {
            if (hops > sectorCount) {
                throw new IOException("DIFAT chain loops");
            }
            ByteBuffer difat = read(channel, offsetOf(checked(difatSector)), sectorSize);
            for (int i = 0; i < perSector && fatSectors.size() < fatCount; i++) {
                fatSectors.add(checked(difat.getInt(4 * i)));
            }
            difatSector = difat.getInt(4 * perSector);
        }
    }

    /** The names of all entries in the directory, whose chain starts at {@code firstSector}. */
    private Set<String> streamNames(int firstSector) throws IOException {
        Set<String> names = new HashSet<>();
        int sector = firstSector;
        for (long hops = 0; sector != END_OF_CHAIN; hops++) {
            if (hops > sectorCount || names.size() > MAX_DIRECTORY_ENTRIES) {
                throw new IOException("Directory chain loops");
            }
            ByteBuffer entries = read(channel, offsetOf(checked(sector)), sectorSize);
            for (int offset = 0; offset + DIRECTORY_ENTRY_SIZE <= sectorSize; offset += DIRECTORY_ENTRY_SIZE) {
                int length = entries.getShort(offset + 0x40) & 0xFFFF; // bytes, with the terminating NUL
                if (length >= 2 && length <= 64) {
                    byte[] name = new byte[length - 2];
                    entries.get(offset, name);
                    names.add(new String(name, StandardCharsets.UTF_16LE));
                }
            }
            sector = nextSector(sector);
        }
        return names;
    }

    private int nextSector(int sector) throws IOException {
        int perFatSector = sectorSize / 4;
        int index = sector / perFatSector;
        if (index >= fatSectors.size()) {
            throw new IOException("Sector outside the FAT");
        }
        return read(channel, offsetOf(fatSectors.get(index)) + 4L * (sector % perFatSector), 4).getInt(0);
    }

    private int checked(int sector) throws IOException {
        if (sector < 0 || sector >= sectorCount) {
            throw new IOException("Sector number out of range: " + sector);
        }
        return sector;
    }

    private long offsetOf(int sector) {
        return (sector + 1L) * sectorSize;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("Unexpected end of the compound file");
            }
        }
        return buffer.flip().order(ByteOrder.LITTLE_ENDIAN);
    }
}
