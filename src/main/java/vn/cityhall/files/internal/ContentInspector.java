package vn.cityhall.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import vn.cityhall.files.FileType;
import vn.cityhall.files.internal.Inspection.Problem;

/**
 * Tells what a file is from its bytes alone: magic numbers at the start, and for containers (ZIP,
 * OLE2, ISO media) the entries or brands that name the application. The file name plays no part
 * here; {@link vn.cityhall.files.FileStore} compares it with the result afterwards.
 */
public final class ContentInspector {

    static final int HEADER_BYTES = 4096;
    private static final int FRAME_BYTES = 4;

    public Inspection inspect(Path file) {
        try {
            byte[] header = header(file);
            FileType simple = simpleType(header);
            if (simple != null) {
                return Inspection.of(simple);
            }
            if (IsoMedia.isIsoMedia(header)) {
                FileType type = IsoMedia.classify(header);
                return type != null ? Inspection.of(type) : Inspection.refused(Problem.UNKNOWN);
            }
            if (CompoundFile.isCompoundFile(header)) {
                return CompoundFile.inspect(file);
            }
            if (ZipPackages.isZip(header)) {
                return ZipPackages.inspect(file);
            }
            if (Executables.isExecutable(header)) {
                return Inspection.refused(Problem.UNSAFE);
            }
            FileType audio = AudioFrames.classifyFrame(frameAt(file, AudioFrames.firstFrameOffset(header)));
            if (audio != null) {
                return Inspection.of(audio);
            }
            if (Magic.startsWith(header, "ID3")) {
                return Inspection.refused(Problem.UNKNOWN); // a tag before something that is not MPEG audio
            }
            if (TextContent.isWideText(header)) {
                return Inspection.refused(Problem.NOT_UTF8);
            }
            return TextContent.inspect(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the upload " + file, e);
        }
    }

    /** Formats recognised by fixed bytes at the start. */
    private static FileType simpleType(byte[] header) {
        if (Magic.startsWith(header, "%PDF-")) {
            return FileType.PDF;
        }
        if (Magic.startsWith(header, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return FileType.PNG;
        }
        if (Magic.startsWith(header, 0xFF, 0xD8, 0xFF)) {
            return FileType.JPEG;
        }
        if (Magic.startsWith(header, "GIF87a") || Magic.startsWith(header, "GIF89a")) {
            return FileType.GIF;
        }
        if (Magic.startsWith(header, "RIFF") && Magic.asciiAt(header, 8, "WEBP")) {
            return FileType.WEBP;
        }
        if (Magic.startsWith(header, "RIFF") && Magic.asciiAt(header, 8, "WAVE")) {
            return FileType.WAV;
        }
        if (Magic.startsWith(header, "#!AMR-WB\n")) {
            return FileType.AMR_WB;
        }
        if (Magic.startsWith(header, "#!AMR\n")) {
            return FileType.AMR;
        }
        if (Magic.startsWith(header, "OggS")) {
            return FileType.OGG;
        }
        return null;
    }

    private static byte[] header(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEADER_BYTES);
        }
    }

    private static byte[] frameAt(Path file, long offset) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer frame = ByteBuffer.allocate(FRAME_BYTES);
            int read;
            do {
                read = channel.read(frame, offset + frame.position());
            } while (read > 0 && frame.hasRemaining());
            return frame.position() == FRAME_BYTES ? frame.array() : new byte[0];
        }
    }
}
