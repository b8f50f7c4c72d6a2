package vn.cityhall.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.cityhall.files.SampleFiles;

/** The orientation tag is read from a JPEG's EXIF block, and bad blocks are ignored. */
class ExifOrientationTests {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void readsTheOrientationTag(int orientation) throws IOException {
        assertThat(ExifOrientation.of(write(SampleFiles.jpegWithExif(8, 4, orientation)))).isEqualTo(orientation);
    }

    @Test
    void aJpegWithoutExifIsUpright() throws IOException {
        assertThat(ExifOrientation.of(write(SampleFiles.jpeg(8, 4)))).isEqualTo(1);
    }

    @Test
    void anOutOfRangeValueOrABrokenBlockCountsAsUpright() throws IOException {
        assertThat(ExifOrientation.of(write(SampleFiles.jpegWithExif(8, 4, 9)))).isEqualTo(1);
        byte[] truncated = Arrays.copyOf(SampleFiles.jpegWithExif(8, 4, 6), 30);
        assertThat(ExifOrientation.of(write(truncated))).isEqualTo(1);
        assertThat(ExifOrientation.of(write(SampleFiles.pdf()))).isEqualTo(1);
    }

    private Path write(byte[] content) throws IOException {
        Path file = Files.createTempFile(folder, "photo", ".jpg");
        Files.write(file, content);
        return file;
    }
}
