package io.recapstudio.core.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Lossy WebP encoding, as Hugo writes {@code webp} targets (quality {@code qN}, default 75), through the
 * webp-imageio writer and the libwebp it bundles. Whether it works on this machine (the native library loads) is
 * tried once with a one-pixel image; where it does not, WebP is a format this app reads but cannot write.
 */
final class WebpEncoding {

    private WebpEncoding() {
    }

    /** True when a WebP encoder runs here. */
    static boolean available() {
        return Probe.AVAILABLE;
    }

    /** Encodes {@code image} (RGB or ARGB) as lossy WebP at {@code quality} (1–100). */
    static void encode(BufferedImage image, int quality, OutputStream out) throws IOException {
        ImageWriter writer = writer();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(param.getCompressionTypes()[0]);
            param.setCompressionQuality(Math.max(1, Math.min(100, quality)) / 100f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            throw new IOException("the WebP encoder failed (" + e.getMessage() + ")", e);
        } finally {
            writer.dispose();
        }
    }

    private static ImageWriter writer() throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType("image/webp");
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getDefaultWriteParam().canWriteCompressed()) {
                return writer;
            }
            writer.dispose();
        }
        throw new IOException("no WebP encoder in this build");
    }

    /** Tried on first use only. */
    private static final class Probe {
        static final boolean AVAILABLE = probe();

        private static boolean probe() {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                encode(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), 75, out);
                byte[] bytes = out.toByteArray();
                return bytes.length > 12 && new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII)
                        .toUpperCase(Locale.ROOT).equals("WEBP");
            } catch (IOException | LinkageError e) {
                return false;
            }
        }
    }
}
