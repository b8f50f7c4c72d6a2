package vn.cityhall.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cityhall.files.FileRejectedException;
import vn.cityhall.files.FileRejectedException.Reason;
import vn.cityhall.files.FileType;
import vn.cityhall.files.SampleFiles;

/** Uploaded images come out upright, within size and without metadata. */
class ImageSanitizerTests {

    @TempDir
    Path folder;

    private final ImageSanitizer sanitizer = new ImageSanitizer(64, 1_000_000, 0.85f);

    @Test
    void dropsExifAndGpsAndTurnsThePhotoUpright() throws IOException {
        byte[] photo = SampleFiles.jpegWithExif(40, 20, 6); // stored sideways: left red, right blue
        assertThat(contains(photo, "Exif")).isTrue();

        Path output = folder.resolve("out");
        ImageSanitizer.Result result = sanitizer.reencode(write(photo), FileType.JPEG, output, "ảnh.jpg");

        byte[] cleaned = Files.readAllBytes(output);
        assertThat(result).isEqualTo(new ImageSanitizer.Result(FileType.JPEG, 20, 40));
        assertThat(hasApp1Segment(cleaned)).isFalse();
        assertThat(contains(cleaned, "Exif")).isFalse();
        assertThat(contains(cleaned, "CAM")).isFalse();
        assertThat(contains(cleaned, "GPS")).isFalse();
        assertThat(ExifOrientation.of(output)).isEqualTo(ExifOrientation.UPRIGHT);
        BufferedImage upright = ImageIO.read(output.toFile());
        assertThat(upright.getWidth()).isEqualTo(20);
        assertThat(upright.getHeight()).isEqualTo(40);
        // Turned a quarter clockwise: the red left half is now the top half.
        assertThat(near(upright.getRGB(10, 5), SampleFiles.RED)).isTrue();
        assertThat(near(upright.getRGB(10, 35), SampleFiles.BLUE)).isTrue();
    }

    @Test
    void keepsTheSizeOfAPhotoThatFits() throws IOException {
        Path output = folder.resolve("out");
        ImageSanitizer.Result result = sanitizer.reencode(write(SampleFiles.jpegWithExif(40, 20, 1)), FileType.JPEG,
                output, "a.jpg");
        assertThat(result).isEqualTo(new ImageSanitizer.Result(FileType.JPEG, 40, 20));
        BufferedImage image = ImageIO.read(output.toFile());
        assertThat(near(image.getRGB(5, 10), SampleFiles.RED)).isTrue();
        assertThat(near(image.getRGB(35, 10), SampleFiles.BLUE)).isTrue();
    }

    @Test
    void shrinksLargeImagesToTheMaximumSide() throws IOException {
        Path output = folder.resolve("out");
        ImageSanitizer.Result result = sanitizer.reencode(write(SampleFiles.jpeg(400, 100)), FileType.JPEG, output, "a.jpg");
        assertThat(result).isEqualTo(new ImageSanitizer.Result(FileType.JPEG, 64, 16));
        assertThat(ImageIO.read(output.toFile()).getWidth()).isEqualTo(64);
    }

    @Test
    void keepsTransparencyAsPng() throws IOException {
        Path output = folder.resolve("out");
        ImageSanitizer.Result result = sanitizer.reencode(write(SampleFiles.transparentPng(20, 20)), FileType.PNG,
                output, "a.png");
        BufferedImage image = ImageIO.read(output.toFile());
        assertThat(result.type()).isEqualTo(FileType.PNG);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getRGB(10, 2) >>> 24).isZero();
        assertThat(image.getRGB(10, 18) >>> 24).isEqualTo(255);
    }

    @Test
    void writesPngWithoutItsTextChunks() throws IOException {
        byte[] png = withTextChunk(SampleFiles.png(20, 10), "Comment", "GPS 21.0285,105.8542");
        Path output = folder.resolve("out");
        assertThat(sanitizer.reencode(write(png), FileType.PNG, output, "a.png").type()).isEqualTo(FileType.PNG);
        assertThat(contains(Files.readAllBytes(output), "105.8542")).isFalse();
        assertThat(contains(Files.readAllBytes(output), "tEXt")).isFalse();
    }

    @Test
    void decodesWebpAndWritesJpegOrPngDependingOnTransparency() throws IOException {
        Path photo = folder.resolve("photo");
        Path transparent = folder.resolve("transparent");
        assertThat(sanitizer.reencode(write(SampleFiles.webp()), FileType.WEBP, photo, "a.webp"))
                .isEqualTo(new ImageSanitizer.Result(FileType.JPEG, 16, 8));
        assertThat(sanitizer.reencode(write(SampleFiles.transparentWebp()), FileType.WEBP, transparent, "b.webp"))
                .isEqualTo(new ImageSanitizer.Result(FileType.PNG, 16, 8));
        assertThat(near(ImageIO.read(photo.toFile()).getRGB(2, 4), SampleFiles.RED)).isTrue();
        assertThat(ImageIO.read(transparent.toFile()).getRGB(2, 1) >>> 24).isZero();
    }

    @Test
    void writesTheFirstFrameOfAGifAsPng() throws IOException {
        Path output = folder.resolve("out");
        assertThat(sanitizer.reencode(write(SampleFiles.gif(30, 10)), FileType.GIF, output, "a.gif"))
                .isEqualTo(new ImageSanitizer.Result(FileType.PNG, 30, 10));
    }

    @Test
    void refusesAnImageThatDeclaresTooManyPixelsBeforeDecodingIt() throws IOException {
        // A valid PNG header declaring 20000 × 20000 pixels, in a file of a few dozen bytes.
        byte[] bomb = pngDeclaring(20_000, 20_000);
        assertThatExceptionOfType(FileRejectedException.class)
                .isThrownBy(() -> sanitizer.reencode(write(bomb), FileType.PNG, folder.resolve("out"), "bom.png"))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(Reason.IMAGE_TOO_LARGE);
                    assertThat(e.arguments()).containsExactly("bom.png", 20_000, 20_000, 1.0);
                });
        assertThatExceptionOfType(FileRejectedException.class)
                .isThrownBy(() -> sanitizer.check(write(bomb), FileType.PNG, "bom.png"))
                .extracting(FileRejectedException::reason).isEqualTo(Reason.IMAGE_TOO_LARGE);
    }

    @Test
    void refusesAnImageThatCannotBeDecoded() throws IOException {
        byte[] jpeg = SampleFiles.jpeg(40, 20);
        byte[] broken = SampleFiles.concat(Arrays.copyOf(jpeg, 4), new byte[200]);
        assertThatExceptionOfType(FileRejectedException.class)
                .isThrownBy(() -> sanitizer.reencode(write(broken), FileType.JPEG, folder.resolve("out"), "x.jpg"))
                .extracting(FileRejectedException::reason).isEqualTo(Reason.CORRUPT_IMAGE);
    }

    @Test
    void checksTheSizeWithoutReencoding() throws IOException {
        assertThat(sanitizer.check(write(SampleFiles.png(30, 12)), FileType.PNG, "a.png"))
                .isEqualTo(new ImageSanitizer.Result(FileType.PNG, 30, 12));
    }

    @Test
    void cannotDecodeHeicOrAvif() {
        assertThat(ImageSanitizer.canDecode(FileType.HEIC)).isFalse();
        assertThat(ImageSanitizer.canDecode(FileType.AVIF)).isFalse();
        assertThat(ImageSanitizer.canDecode(FileType.WEBP)).isTrue();
        assertThat(ImageSanitizer.canDecode(FileType.PDF)).isFalse();
    }

    private Path write(byte[] content) throws IOException {
        Path file = Files.createTempFile(folder, "image", ".bin");
        Files.write(file, content);
        return file;
    }

    static boolean contains(byte[] data, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether any segment before the image data is an APP1 (EXIF or XMP). */
    static boolean hasApp1Segment(byte[] jpeg) {
        int offset = 2;
        while (offset + 4 <= jpeg.length && (jpeg[offset] & 0xFF) == 0xFF) {
            int marker = jpeg[offset + 1] & 0xFF;
            if (marker == 0xE1) {
                return true;
            }
            if (marker == 0xDA) {
                return false;
            }
            offset += 2 + (((jpeg[offset + 2] & 0xFF) << 8) | (jpeg[offset + 3] & 0xFF));
        }
        return false;
    }

    private static boolean near(int rgb, Color expected) {
        Color actual = new Color(rgb);
        return Math.abs(actual.getRed() - expected.getRed()) < 40 && Math.abs(actual.getGreen() - expected.getGreen()) < 40
                && Math.abs(actual.getBlue() - expected.getBlue()) < 40;
    }

    static byte[] pngDeclaring(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        return SampleFiles.concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
                chunk("IHDR", ihdr.array()), chunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0, 0, 0, 0, 1}),
                chunk("IEND", new byte[0]));
    }

    static byte[] withTextChunk(byte[] png, String keyword, String text) {
        byte[] chunk = chunk("tEXt", (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1));
        int afterHeader = 8 + 25; // signature + IHDR chunk
        return SampleFiles.concat(Arrays.copyOf(png, afterHeader), chunk,
                Arrays.copyOfRange(png, afterHeader, png.length));
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }
}
