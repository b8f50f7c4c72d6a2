package vn.cityhall.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

/** Turning upright and fitting keep every pixel where it belongs. */
class PixelsTests {

    /** A 3 × 2 image whose pixels are numbered 1 to 6 row by row. */
    private static BufferedImage numbered() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        int n = 1;
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                image.setRGB(x, y, n++);
            }
        }
        return image;
    }

    @Test
    void turnsEachOrientationUpright() {
        assertThat(rows(Pixels.orient(numbered(), 1))).isEqualTo("123/456");
        assertThat(rows(Pixels.orient(numbered(), 2))).isEqualTo("321/654");
        assertThat(rows(Pixels.orient(numbered(), 3))).isEqualTo("654/321");
        assertThat(rows(Pixels.orient(numbered(), 4))).isEqualTo("456/123");
        assertThat(rows(Pixels.orient(numbered(), 5))).isEqualTo("14/25/36");
        assertThat(rows(Pixels.orient(numbered(), 6))).isEqualTo("41/52/63");
        assertThat(rows(Pixels.orient(numbered(), 7))).isEqualTo("63/52/41");
        assertThat(rows(Pixels.orient(numbered(), 8))).isEqualTo("36/25/14");
    }

    @Test
    void fitsTheLongerSideAndKeepsTheAspectRatio() {
        BufferedImage wide = new BufferedImage(5000, 1000, BufferedImage.TYPE_INT_RGB);
        BufferedImage fitted = Pixels.fit(wide, 1024, BufferedImage.TYPE_INT_RGB);
        assertThat(fitted.getWidth()).isEqualTo(1024);
        assertThat(fitted.getHeight()).isEqualTo(205);
    }

    @Test
    void leavesSmallImagesAtTheirSizeButConvertsThemToTheRequestedType() {
        BufferedImage gray = new BufferedImage(30, 20, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage fitted = Pixels.fit(gray, 1024, BufferedImage.TYPE_INT_RGB);
        assertThat(fitted.getWidth()).isEqualTo(30);
        assertThat(fitted.getHeight()).isEqualTo(20);
        assertThat(fitted.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    }

    private static String rows(BufferedImage image) {
        StringBuilder rows = new StringBuilder();
        for (int y = 0; y < image.getHeight(); y++) {
            if (y > 0) {
                rows.append('/');
            }
            for (int x = 0; x < image.getWidth(); x++) {
                rows.append(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return rows.toString();
    }
}
