package io.recapstudio.core.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/** Generated test images: photo-like content, files in each format, and JPEGs with a hand-written EXIF segment. */
final class TestImages {

    private TestImages() {
    }

    /**
     * A picture with structure for smart crop to find: a gradient, noise, a few saturated shapes and a skin-toned
     * disc placed off-centre by the seed.
     */
    static BufferedImage photo(int width, int height, long seed, boolean alpha) {
        BufferedImage img = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int n = random.nextInt(24);
                int r = (x * 255 / Math.max(1, width) + n) & 0xff;
                int g = (y * 255 / Math.max(1, height) + n) & 0xff;
                int b = (128 + n) & 0xff;
                int a = alpha ? (x + y) % 7 == 0 ? 0 : 200 : 255;
                row[x] = a << 24 | r << 16 | g << 8 | b;
            }
            img.setRGB(0, y, width, 1, row, 0, width);
        }
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int i = 0; i < 6; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(64), random.nextInt(256)));
            g.fillRect(random.nextInt(Math.max(1, width)), random.nextInt(Math.max(1, height)),
                    Math.max(1, width / 6), Math.max(1, height / 9));
        }
        g.setColor(new Color(199, 145, 112));
        int d = Math.max(1, Math.min(width, height) / 4);
        g.fillOval(random.nextInt(Math.max(1, width - d)), random.nextInt(Math.max(1, height - d)), d, d);
        g.dispose();
        return img;
    }

    static Path write(BufferedImage image, String format, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IllegalStateException("no writer for " + format);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] jpegBytes(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JPEG with an EXIF APP1 segment written here by hand (big-endian TIFF): IFD0 holds the orientation and, when
     * asked, a pointer to a GPS IFD with latitude/longitude references and values.
     */
    static byte[] jpegWithExif(BufferedImage image, int orientation, boolean gps) {
        byte[] jpeg = jpegBytes(image);
        byte[] app1 = exifSegment(orientation, gps);
        int insertAt = 2;
        if ((jpeg[2] & 0xff) == 0xff && (jpeg[3] & 0xff) == 0xe0) {
            insertAt = 4 + ((jpeg[4] & 0xff) << 8 | jpeg[5] & 0xff);
        }
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + app1.length);
        out.put(jpeg, 0, insertAt).put(app1).put(jpeg, insertAt, jpeg.length - insertAt);
        return out.array();
    }

    private static byte[] exifSegment(int orientation, boolean gps) {
        ByteBuffer tiff = ByteBuffer.allocate(256);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        int entries = gps ? 2 : 1;
        tiff.putShort((short) entries);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        int gpsIfd = 8 + 2 + entries * 12 + 4;
        if (gps) {
            tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        }
        tiff.putInt(0);
        if (gps) {
            int values = gpsIfd + 2 + 4 * 12 + 4;
            tiff.putShort((short) 4);
            tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
            tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(values);
            tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
            tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(values + 24);
            tiff.putInt(0);
            for (int[] dms : new int[][] {{52, 1, 22, 1, 3000, 100}, {4, 1, 53, 1, 1500, 100}}) {
                for (int v : dms) {
                    tiff.putInt(v);
                }
            }
        }
        int tiffLength = tiff.position();
        ByteBuffer seg = ByteBuffer.allocate(4 + 6 + tiffLength);
        seg.put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + 6 + tiffLength));
        seg.put(new byte[] {'E', 'x', 'i', 'f', 0, 0}).put(tiff.array(), 0, tiffLength);
        return seg.array();
    }

    /**
     * Writes a grey PNG of any declared size without holding it in memory: row {@code y} has the value
     * {@code 255 * y / height}. With {@code keepRows < height} only that many rows of data are written (a truncated
     * file, or a decompression bomb when the declared size is huge).
     */
    static Path streamedGreyPng(Path file, int width, int height, int keepRows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                    .put((byte) 0).put((byte) 0).put((byte) 0);
            chunk(out, "IHDR", ihdr.array());
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(6);
            try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(idat, deflater, 1 << 16)) {
                byte[] row = new byte[width + 1];
                for (int y = 0; y < Math.min(height, keepRows); y++) {
                    java.util.Arrays.fill(row, 1, row.length, (byte) (255L * y / height));
                    z.write(row);
                }
            }
            deflater.end();
            chunk(out, "IDAT", idat.toByteArray());
            if (keepRows >= height) {
                chunk(out, "IEND", new byte[0]);
            }
        }
        return file;
    }

    private static void chunk(java.io.OutputStream out, String type, byte[] data) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        crc.update(t);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(t);
        out.write(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** The RGB of a pixel, alpha dropped. */
    static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }

    /** Whether two colours are within {@code tolerance} per channel (JPEG is lossy). */
    static boolean near(int rgb1, int rgb2, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((rgb1 >> shift & 0xff) - (rgb2 >> shift & 0xff)) > tolerance) {
                return false;
            }
        }
        return true;
    }
}
