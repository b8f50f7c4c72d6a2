package vn.cityhall.files.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Pixel operations for re-encoding: fitting into a maximum size and turning upright. */
final class Pixels {

    private Pixels() {
    }

    /**
     * A copy of the image as {@code imageType} (an sRGB integer type), shrunk so that its longer
     * side is at most {@code maxSide}. Large reductions go in halving steps with bilinear
     * filtering, which keeps fine detail without the cost of area averaging.
     */
    static BufferedImage fit(BufferedImage source, int maxSide, int imageType) {
        int width = source.getWidth();
        int height = source.getHeight();
        double scale = Math.min(1.0, (double) maxSide / Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        BufferedImage current = source;
        do {
            width = width / 2 >= targetWidth ? width / 2 : targetWidth;
            height = height / 2 >= targetHeight ? height / 2 : targetHeight;
            current = draw(current, width, height, imageType);
        } while (width != targetWidth || height != targetHeight);
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int imageType) {
        BufferedImage target = new BufferedImage(width, height, imageType);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    /**
     * The image turned as an EXIF orientation (TIFF 6.0 tag 274) says: 1 upright, 2 mirrored,
     * 3 upside down, 4 flipped, 5 transposed, 6 turned a quarter clockwise, 7 transversed, 8 turned
     * a quarter anticlockwise. The image must be of an integer type.
     */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        boolean swap = orientation >= 5;
        int outWidth = swap ? height : width;
        BufferedImage result = new BufferedImage(outWidth, swap ? width : height, image.getType());
        int[] in = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] out = ((DataBufferInt) result.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int outX;
                int outY;
                switch (orientation) {
                    case 2 -> { outX = width - 1 - x; outY = y; }
                    case 3 -> { outX = width - 1 - x; outY = height - 1 - y; }
                    case 4 -> { outX = x; outY = height - 1 - y; }
                    case 5 -> { outX = y; outY = x; }
                    case 6 -> { outX = height - 1 - y; outY = x; }
                    case 7 -> { outX = height - 1 - y; outY = width - 1 - x; }
                    default -> { outX = y; outY = width - 1 - x; }
                }
                out[outY * outWidth + outX] = in[y * width + x];
            }
        }
        return result;
    }
}
