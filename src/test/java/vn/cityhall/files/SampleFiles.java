package vn.cityhall.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Minimal but valid files of every supported format, built in code (and two WebP samples from
 * {@code src/test/resources/files}), so that detection is tested on real bytes.
 */
public final class SampleFiles {

    public static final Color RED = new Color(200, 30, 30);
    public static final Color BLUE = new Color(30, 30, 200);

    private SampleFiles() {
    }

    public static byte[] pdf() {
        return ascii("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    }

    /** An opaque picture, left half red and right half blue. */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return image;
    }

    /** A picture whose top half is fully transparent. */
    public static BufferedImage transparentPicture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(RED);
        graphics.fillRect(0, height / 2, width, height - height / 2);
        graphics.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    public static byte[] transparentPng(int width, int height) {
        return encode(transparentPicture(width, height), "png");
    }

    public static byte[] gif(int width, int height) {
        return encode(picture(width, height), "gif");
    }

    public static byte[] webp() {
        return resource("photo.webp");
    }

    public static byte[] transparentWebp() {
        return resource("transparent.webp");
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG whose EXIF block (APP1, big-endian TIFF) says the given orientation and holds a GPS
     * position (21°01'41"N 105°51'14"E, Hoàn Kiếm) and a camera model.
     */
    public static byte[] jpegWithExif(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        byte[] exif = exifSegment(orientation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.write(exif, 0, exif.length);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    static byte[] exifSegment(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(200).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: Orientation, Model, GPS IFD pointer.
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x0110).putShort((short) 2).putInt(4).put(ascii("CAM\0"));
        int gpsOffset = 8 + 2 + 3 * 12 + 4;
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsOffset);
        tiff.putInt(0);
        // GPS IFD: latitude ref, latitude, longitude ref, longitude.
        int rationals = gpsOffset + 2 + 4 * 12 + 4;
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(ascii("N\0\0\0"));
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(rationals);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(ascii("E\0\0\0"));
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(rationals + 24);
        tiff.putInt(0);
        for (int value : new int[] {21, 1, 41, 105, 51, 14}) {
            tiff.putInt(value).putInt(1);
        }
        byte[] body = new byte[tiff.position()];
        tiff.flip().get(body);
        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + body.length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length));
        segment.put(ascii("Exif\0\0")).put(body);
        return segment.array();
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (entry.getKey().equals("mimetype")) {
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.getValue().length);
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An Office Open XML package whose main part has the given content type. */
    public static byte[] office(String mainPart, String contentType) {
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + contentType + "\"/></Types>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", ascii(types));
        entries.put("_rels/.rels", ascii("<?xml version=\"1.0\"?><Relationships/>"));
        entries.put(mainPart, ascii("<?xml version=\"1.0\"?><document/>"));
        return zip(entries);
    }

    public static byte[] docx() {
        return office("word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    }

    public static byte[] xlsx() {
        return office("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
    }

    public static byte[] pptx() {
        return office("ppt/presentation.xml",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");
    }

    public static byte[] docm() {
        return office("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml");
    }

    public static byte[] openDocument(String mimetype) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", ascii(mimetype));
        entries.put("content.xml", ascii("<?xml version=\"1.0\"?><office:document-content/>"));
        entries.put("META-INF/manifest.xml", ascii("<?xml version=\"1.0\"?><manifest:manifest/>"));
        return zip(entries);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part, 0, part.length);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = SampleFiles.class.getResourceAsStream("/files/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource files/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
