package vn.cityhall.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import vn.cityhall.files.FileType;
import vn.cityhall.files.internal.Inspection.Problem;

/**
 * Plain text: valid UTF-8 (a byte-order mark allowed) without NUL or other binary control
 * characters. The whole file is decoded in chunks. Markup is refused as unsafe, since a browser
 * that sniffed it would run its scripts: text whose first visible character is {@code <} (as the
 * WHATWG MIME sniffing rules look for HTML and XML), or whose first kilobyte holds a script, SVG,
 * HTML, frame, object or PHP tag.
 */
final class TextContent {

    private static final int CHUNK = 64 * 1024;
    private static final int SNIFFED_CHARS = 1024;
    private static final List<String> ACTIVE_TAGS = List.of("<script", "<svg", "<html", "<iframe", "<object",
            "<embed", "<?php", "<?xml");

    private TextContent() {
    }

    static Inspection inspect(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        StringBuilder start = new StringBuilder();
        boolean binary = false;
        boolean malformed = false;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                if (hasBinaryControl(bytes.array(), bytes.position(), read)) {
                    binary = true;
                    break;
                }
                bytes.position(bytes.position() + read).flip();
                malformed |= decode(decoder, bytes, chars, false, start);
                bytes.compact();
                if (malformed) {
                    break;
                }
            }
            if (!binary && !malformed) {
                bytes.flip();
                malformed = decode(decoder, bytes, chars, true, start) || flush(decoder, chars, start);
            }
        }
        if (binary) {
            return Inspection.refused(Problem.UNKNOWN);
        }
        if (malformed) {
            return Inspection.refused(Problem.NOT_UTF8);
        }
        return looksLikeMarkup(start) ? Inspection.refused(Problem.UNSAFE) : Inspection.of(FileType.TEXT);
    }

    /** Whether the header is a UTF-16 or UTF-32 byte-order mark: text, but not in UTF-8. */
    static boolean isWideText(byte[] header) {
        return Magic.startsWith(header, 0xFF, 0xFE) || Magic.startsWith(header, 0xFE, 0xFF);
    }

    private static boolean decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end,
            StringBuilder start) {
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, end);
            keepStart(chars, start);
            if (result.isError()) {
                return true;
            }
            if (result.isUnderflow()) {
                return false;
            }
        }
    }

    private static boolean flush(CharsetDecoder decoder, CharBuffer chars, StringBuilder start) {
        CoderResult result = decoder.flush(chars);
        keepStart(chars, start);
        return result.isError();
    }

    private static void keepStart(CharBuffer chars, StringBuilder start) {
        chars.flip();
        if (start.length() < SNIFFED_CHARS) {
            start.append(chars, 0, Math.min(chars.length(), SNIFFED_CHARS - start.length()));
        }
        chars.clear();
    }

    /** NUL and C0 controls other than tab, line feed, form feed, carriage return, escape and SUB. */
    private static boolean hasBinaryControl(byte[] data, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            int b = data[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1A && b != 0x1B) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeMarkup(CharSequence start) {
        String text = start.toString().toLowerCase(Locale.ROOT).replace("\uFEFF", "");
        return text.stripLeading().startsWith("<") || ACTIVE_TAGS.stream().anyMatch(text::contains);
    }
}
