package vn.cityhall.files.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageInputStream;

import vn.cityhall.files.FileRejectedException;
import vn.cityhall.files.FileRejectedException.Reason;
import vn.cityhall.files.FileType;

/**
 * Checks and re-encodes uploaded images. The declared size is read from the header first, and an
 * image with more than the allowed pixels is refused before anything is decoded (a small file can
 * declare a huge canvas). Re-encoding decodes the first frame, turns a JPEG upright by its EXIF
 * orientation, shrinks it so that its longer side fits, and writes a new file without any
 * metadata: EXIF (with GPS position, camera, time), XMP, IPTC and comments are all dropped.
 * JPEG, and WebP without transparency, become JPEG; PNG, GIF and WebP with transparency become PNG
 * (PNG stays lossless so that screenshots of text stay legible). Animated GIFs keep their first
 * frame only. At most {@value #CONCURRENT_DECODES} images are decoded at once, to bound memory.
 */
public final class ImageSanitizer {

    static final int CONCURRENT_DECODES = 2;

    private final int maxSide;
    private final long maxPixels;
    private final float jpegQuality;
    private final Semaphore decoding = new Semaphore(CONCURRENT_DECODES, true);

    /** What the sanitizer made of an image. */
    public record Result(FileType type, int width, int height) {
    }

    public ImageSanitizer(int maxSide, long maxPixels, float jpegQuality) {
        this.maxSide = maxSide;
        this.maxPixels = maxPixels;
        this.jpegQuality = jpegQuality;
    }

    /** Whether images of this type can be decoded here (not HEIC or AVIF). */
    public static boolean canDecode(FileType type) {
        return type.isImage() && ImageIO.getImageReadersByMIMEType(type.mediaType()).hasNext();
    }

    /**
     * Reads the size an image declares and checks it against the pixel limit, without decoding.
     *
     * @throws FileRejectedException if it has too many pixels or no readable header
     */
    public Result check(Path source, FileType type, String name) {
        ImageReader reader = reader(type, name);
        try (ImageInputStream in = new FileImageInputStream(source.toFile())) {
            reader.setInput(in, true, true);
            return checkedSize(reader, type, name);
        } catch (FileRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new FileRejectedException(Reason.CORRUPT_IMAGE, name);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Writes a cleaned copy of the image to {@code target}.
     *
     * @throws FileRejectedException if the image is too large or cannot be decoded
     */
    public Result reencode(Path source, FileType type, Path target, String name) {
        int orientation = type == FileType.JPEG ? ExifOrientation.of(source) : ExifOrientation.UPRIGHT;
        acquireDecodingPermit();
        try {
            BufferedImage decoded = decode(source, type, name);
            boolean alpha = decoded.getColorModel().hasAlpha();
            FileType output = type == FileType.JPEG || (type == FileType.WEBP && !alpha) ? FileType.JPEG : FileType.PNG;
            int imageType = output == FileType.PNG && alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
            BufferedImage upright = upright(decoded, imageType, orientation, name);
            write(upright, output, target);
            return new Result(output, upright.getWidth(), upright.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the re-encoded image " + target, e);
        } finally {
            decoding.release();
        }
    }

    /** Shrinks and turns the image; an image whose pixels Java 2D cannot convert counts as damaged. */
    private BufferedImage upright(BufferedImage decoded, int imageType, int orientation, String name) {
        try {
            return Pixels.orient(Pixels.fit(decoded, maxSide, imageType), orientation);
        } catch (RuntimeException e) {
            throw new FileRejectedException(Reason.CORRUPT_IMAGE, name);
        }
    }

    private BufferedImage decode(Path source, FileType type, String name) {
        ImageReader reader = reader(type, name);
        try (ImageInputStream in = new FileImageInputStream(source.toFile())) {
            reader.setInput(in, true, true);
            checkedSize(reader, type, name);
            return reader.read(0, reader.getDefaultReadParam());
        } catch (FileRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new FileRejectedException(Reason.CORRUPT_IMAGE, name);
        } finally {
            reader.dispose();
        }
    }

    /** Decoded images take much memory: wait while {@value #CONCURRENT_DECODES} others are being worked on. */
    private void acquireDecodingPermit() {
        try {
            decoding.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to decode an image", e);
        }
    }

    private Result checkedSize(ImageReader reader, FileType type, String name) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw new FileRejectedException(Reason.CORRUPT_IMAGE, name);
        }
        if ((long) width * height > maxPixels) {
            throw new FileRejectedException(Reason.IMAGE_TOO_LARGE, name, width, height, maxPixels / 1_000_000.0);
        }
        return new Result(type, width, height);
    }

    private static ImageReader reader(FileType type, String name) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
        if (!readers.hasNext()) {
            throw new FileRejectedException(Reason.IMAGE_FORMAT, name, type.name());
        }
        return readers.next();
    }

    private void write(BufferedImage image, FileType output, Path target) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByMIMEType(output.mediaType()).next();
        try (FileImageOutputStream out = new FileImageOutputStream(target.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (output == FileType.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(jpegQuality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
