package io.recapstudio.core.image;

import java.awt.image.BufferedImage;
import org.imgscalr.Scalr;

/** Pixel operations on decoded images: scaling and quarter turns with imgscalr, Hugo's free rotation, cutting. */
final class Transforms {

    private Transforms() {
    }

    /**
     * Scales to exactly {@code target}. Hugo's nearest-neighbour filter, and its default Box filter when enlarging
     * (where Box picks the nearest source pixel), map to imgscalr's SPEED (nearest neighbour); everything else to
     * QUALITY (bicubic, in halving steps when shrinking, which comes close to Box's area average).
     */
    static BufferedImage scale(BufferedImage image, Size target, ResampleFilter filter) {
        if (image.getWidth() == target.width() && image.getHeight() == target.height()) {
            return image;
        }
        boolean enlarging = target.width() >= image.getWidth() && target.height() >= image.getHeight();
        Scalr.Method method = filter == ResampleFilter.NEAREST_NEIGHBOR || filter == ResampleFilter.BOX && enlarging
                ? Scalr.Method.SPEED : Scalr.Method.QUALITY;
        return Scalr.resize(standard(image), method, Scalr.Mode.FIT_EXACT, target.width(), target.height());
    }

    /** Cuts {@code rect} (clipped to the image) into a new image that does not share the source's pixels. */
    static BufferedImage cut(BufferedImage image, PixelRect rect) {
        PixelRect r = rect.intersect(new PixelRect(0, 0, image.getWidth(), image.getHeight()));
        return Scalr.crop(standard(image), r.x(), r.y(), r.width(), r.height());
    }

    /** Turns clockwise by {@code quarterTurns} × 90°. */
    static BufferedImage turnClockwise(BufferedImage image, int quarterTurns) {
        return switch (Math.floorMod(quarterTurns, 4)) {
            case 1 -> Scalr.rotate(standard(image), Scalr.Rotation.CW_90);
            case 2 -> Scalr.rotate(standard(image), Scalr.Rotation.CW_180);
            case 3 -> Scalr.rotate(standard(image), Scalr.Rotation.CW_270);
            default -> image;
        };
    }

    /**
     * Hugo's rotation: {@code degrees} counter-clockwise about the centre onto a canvas of
     * {@link HugoGeometry#rotatedSize}, nearest neighbour, uncovered corners transparent. Quarter turns whose canvas
     * is the plain swapped size go through imgscalr.
     */
    static BufferedImage rotateCounterClockwise(BufferedImage image, int degrees) {
        Size src = new Size(image.getWidth(), image.getHeight());
        Size out = HugoGeometry.rotatedSize(src, degrees);
        int turns = Math.floorMod(degrees, 360) / 90;
        boolean quarter = Math.floorMod(degrees, 90) == 0;
        if (quarter && out.equals(turns % 2 == 1 ? src.transposed() : src)) {
            return turnClockwise(image, 4 - turns);
        }
        return rotateFree(standardArgb(image), src, out, degrees);
    }

    private static BufferedImage rotateFree(BufferedImage image, Size src, Size out, int degrees) {
        BufferedImage dst = new BufferedImage(out.width(), out.height(), BufferedImage.TYPE_INT_ARGB);
        float srcXoff = (float) src.width() / 2 - 0.5f;
        float srcYoff = (float) src.height() / 2 - 0.5f;
        float dstXoff = (float) out.width() / 2 - 0.5f;
        float dstYoff = (float) out.height() / 2 - 0.5f;
        double rad = Math.PI * (double) (float) degrees / 180;
        float sin = (float) Math.sin(rad);
        float cos = (float) Math.cos(rad);
        int[] row = new int[out.width()];
        for (int y = 0; y < out.height(); y++) {
            for (int x = 0; x < out.width(); x++) {
                float dx = (float) x - dstXoff;
                float dy = (float) y - dstYoff;
                float xf = dx * cos - dy * sin + srcXoff;
                float yf = dx * sin + dy * cos + srcYoff;
                int sx = (int) Math.floor(xf + 0.5f);
                int sy = (int) Math.floor(yf + 0.5f);
                boolean inside = sx >= 0 && sy >= 0 && sx < src.width() && sy < src.height();
                row[x] = inside ? image.getRGB(sx, sy) : 0;
            }
            dst.setRGB(0, y, out.width(), 1, row, 0, out.width());
        }
        return dst;
    }

    /** INT_RGB or INT_ARGB, the types imgscalr and the encoders handle best. */
    static BufferedImage standard(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB) {
            return image;
        }
        return convert(image, image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
    }

    private static BufferedImage standardArgb(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_INT_ARGB ? image : convert(image, BufferedImage.TYPE_INT_ARGB);
    }

    private static BufferedImage convert(BufferedImage image, int type) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.setComposite(java.awt.AlphaComposite.Src);
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
