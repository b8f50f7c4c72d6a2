package vn.cityhall.files.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import vn.cityhall.files.FileType;
import vn.cityhall.files.internal.Inspection.Problem;

/**
 * ZIP-based documents: Office Open XML (DOCX, XLSX, PPTX), recognised by the content type of the
 * main part in {@code [Content_Types].xml} (ECMA-376 Part 2), and OpenDocument (ODT, ODS, ODP),
 * recognised by the {@code mimetype} entry (ODF 1.2 Part 3, 3.3). Only the central directory and
 * those two small entries are read, through a bounded stream, so a ZIP bomb is never expanded.
 * Macro-enabled Office files and templates have other content types and are not accepted; Java
 * and Android packages are refused as programs.
 */
final class ZipPackages {

    static final int MAX_ENTRIES = 20_000;
    static final int MAX_DESCRIPTOR_BYTES = 1024 * 1024;
    private static final long MAX_EXPANDED_BYTES = 2L * 1024 * 1024 * 1024;
    private static final int MAX_RATIO = 200;

    private static final Map<String, FileType> OFFICE_MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", FileType.DOCX,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", FileType.XLSX,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", FileType.PPTX);

    private static final Map<String, FileType> OPEN_DOCUMENT = Map.of(
            "application/vnd.oasis.opendocument.text", FileType.ODT,
            "application/vnd.oasis.opendocument.spreadsheet", FileType.ODS,
            "application/vnd.oasis.opendocument.presentation", FileType.ODP);

    private ZipPackages() {
    }

    static boolean isZip(byte[] header) {
        return Magic.startsWith(header, 'P', 'K', 3, 4);
    }

    static Inspection inspect(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_ENTRIES) {
                return Inspection.refused(Problem.CORRUPT);
            }
            long expanded = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (isCode(entry.getName())) {
                    return Inspection.refused(Problem.UNSAFE);
                }
                expanded += Math.max(entry.getSize(), 0);
            }
            if (expanded > MAX_EXPANDED_BYTES && expanded / MAX_RATIO > Files.size(file)) {
                return Inspection.refused(Problem.CORRUPT); // declares far more than any document expands to
            }
            return classify(zip);
        } catch (IOException | RuntimeException e) {
            return Inspection.refused(Problem.CORRUPT);
        }
    }

    private static Inspection classify(ZipFile zip) throws IOException {
        ZipEntry mimetype = zip.getEntry("mimetype");
        if (mimetype != null) {
            String declared = read(zip, mimetype, 256);
            FileType type = declared == null ? null : OPEN_DOCUMENT.get(declared.strip());
            return type != null ? Inspection.of(type) : Inspection.refused(Problem.UNKNOWN);
        }
        ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
        if (contentTypes == null) {
            return Inspection.refused(Problem.UNKNOWN);
        }
        String xml = read(zip, contentTypes, MAX_DESCRIPTOR_BYTES);
        if (xml == null) {
            return Inspection.refused(Problem.CORRUPT);
        }
        for (Map.Entry<String, FileType> part : OFFICE_MAIN_PARTS.entrySet()) {
            if (declaresContentType(xml, part.getKey())) {
                return Inspection.of(part.getValue());
            }
        }
        return Inspection.refused(Problem.UNKNOWN);
    }

    /** Whether the XML holds {@code ContentType="type"} (the attribute value exactly, either quote). */
    private static boolean declaresContentType(String xml, String type) {
        return xml.contains("\"" + type + "\"") || xml.contains("'" + type + "'");
    }

    private static boolean isCode(String name) {
        return name.endsWith(".class") || name.equals("classes.dex") || name.equals("AndroidManifest.xml")
                || name.endsWith(".exe") || name.endsWith(".dll");
    }

    /** Reads at most {@code limit} bytes of an entry; {@code null} if it expands to more. */
    private static String read(ZipFile zip, ZipEntry entry, int limit) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (out.size() + read > limit) {
                    return null;
                }
                out.write(buffer, 0, read);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
