package io.recapstudio.hostile;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * The hostile images of issue 15, written by the tests themselves (no binary fixtures): a 16-bit RGBA PNG of
 * 7000 px streamed row by row, a decompression bomb (a huge declared size over a few bytes), a 0x0 PNG, a CMYK
 * JPEG, an animated GIF, a truncated JPEG, a PNG named .jpg and a large photo.
 */
public final class HostileImages {

    private HostileImages() {
    }

    /** A {@code side} x {@code side} RGBA PNG with 16 bits a sample, a gradient, streamed (never in memory). */
    public static Path png16(Path file, int side) throws IOException {
        byte[] row = new byte[1 + side * 8];
        try (OutputStream out = Files.newOutputStream(file)) {
            writePngHeader(out, side, side, 16, 6);
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(1))) {
                for (int y = 0; y < side; y++) {
                    for (int x = 0; x < side; x++) {
                        int o = 1 + x * 8;
                        row[o] = (byte) (x >> 5);
                        row[o + 2] = (byte) (y >> 5);
                        row[o + 4] = (byte) 0x80;
                        row[o + 6] = (byte) 0xff;
                        row[o + 7] = (byte) 0xff;
                    }
                    z.write(row);
                }
            }
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
        return file;
    }

    /** A PNG declaring {@code width} x {@code height} 8-bit RGB pixels whose data is one short compressed run. */
    public static Path pngBomb(Path file, int width, int height) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writePngHeader(out, width, height, 8, 2);
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat)) {
                z.write(new byte[64 * 1024]);
            }
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
        return file;
    }

    /** A PNG whose header says 0 x 0 (the format forbids it). */
    public static Path pngZeroByZero(Path file) throws IOException {
        return pngBomb(file, 0, 0);
    }

    /** A CMYK JPEG (four-channel, Adobe marker), as print workflows export them. */
    public static Path cmykJpeg(Path file, int width, int height) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4,
                null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[] {x % 256, y % 256, 40, 10});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** An animated GIF of {@code frames} frames. */
    public static Path animatedGif(Path file, int width, int height, int frames) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames; i++) {
                BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = frame.createGraphics();
                g.setColor(i % 2 == 0 ? Color.RED : Color.BLUE);
                g.fillRect(0, 0, width, height);
                g.dispose();
                ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(frame);
                IIOMetadata meta = writer.getDefaultImageMetadata(type, null);
                String format = meta.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
                IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", "10");
                control.setAttribute("transparentColorIndex", "0");
                root.appendChild(control);
                meta.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(frame, null, meta), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** A photo-like JPEG (noise over a gradient, so it compresses like a photo). */
    public static Path photo(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(15);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int n = random.nextInt(32);
                image.setRGB(x, y, ((x * 255 / width + n) & 0xff) << 16 | ((y * 255 / height + n) & 0xff) << 8
                        | (128 + n));
            }
        }
        ImageIO.write(image, file.getFileName().toString().endsWith(".png") ? "png" : "jpg", file.toFile());
        return file;
    }

    /** The first {@code keep} of {@code source}'s bytes. */
    public static Path truncated(Path source, Path file, double keep) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        Files.write(file, Arrays.copyOf(bytes, (int) (bytes.length * keep)));
        return file;
    }

    private static void writePngHeader(OutputStream out, int width, int height, int depth, int colourType)
            throws IOException {
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeInt(width);
        d.writeInt(height);
        d.writeByte(depth);
        d.writeByte(colourType);
        d.writeByte(0);
        d.writeByte(0);
        d.writeByte(0);
        chunk(out, "IHDR", ihdr.toByteArray());
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        d.write(name);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    /** Writes every hostile image into {@code dir} (for trying them by hand: {@code java … HostileImages DIR}). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        png16(dir.resolve("png16.png"), 7000);
        pngBomb(dir.resolve("bomb.png"), 100_000, 100_000);
        pngZeroByZero(dir.resolve("zero.png"));
        cmykJpeg(dir.resolve("cmyk.jpg"), 300, 200);
        animatedGif(dir.resolve("anim.gif"), 120, 80, 5);
        Path photo = photo(dir.resolve("photo.jpg"), 6000, 4000);
        truncated(photo, dir.resolve("truncated.jpg"), 0.5);
        Files.copy(dir.resolve("zero.png"), dir.resolve("lying.jpg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve("anim.gif"), dir.resolve("gif-named.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
