package io.recapstudio.core.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Whether an image file would survive Hugo's decoder, told without decoding pixels: the header must read (size and
 * format from the content), and the file must be whole: a JPEG's image data must end with its end-of-image marker
 * (data appended after it, as some phones do, is fine), a PNG's chunks must run to {@code IEND}, a WebP's RIFF
 * length must fit the file (a GIF's first frame is all Hugo decodes, so its trailer does not matter). A truncated upload, an empty file or a text file named
 * {@code .jpg} is found here in microseconds to a few milliseconds, where Hugo's build would fail on it.
 */
public final class ImageIntegrity {

    private static final int JPEG_SOS = 0xDA;
    private static final int JPEG_EOI = 0xD9;

    private ImageIntegrity() {
    }

    /** What is wrong with {@code file} as an image Hugo processes, or empty when it is whole. */
    public static Optional<String> problem(Path file) {
        ImageInfo info;
        try {
            if (Files.size(file) == 0) {
                return Optional.of("the file is empty");
            }
            info = ImageInfo.read(file);
        } catch (IOException e) {
            return Optional.of("it cannot be read (" + e.getMessage() + ")");
        } catch (UnreadableImageException e) {
            return Optional.of("its header cannot be read: it is damaged or not an image");
        }
        if (info.width() <= 0 || info.height() <= 0) {
            return Optional.of("its header gives a size of " + info.width() + "x" + info.height());
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return switch (info.format()) {
                case JPEG -> jpegIsWhole(channel) ? Optional.empty()
                        : Optional.of("the JPEG data ends before its end-of-image marker: the file is truncated");
                case PNG -> pngIsWhole(channel) ? Optional.empty()
                        : Optional.of("the PNG ends before its IEND chunk: the file is truncated");
                case WEBP -> riffFits(channel) ? Optional.empty()
                        : Optional.of("the WebP is shorter than its RIFF header says: the file is truncated");
                default -> Optional.empty();
            };
        } catch (IOException e) {
            return Optional.of("it cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Walks the marker segments to the first scan, then looks for the end-of-image marker after it. */
    private static boolean jpegIsWhole(FileChannel channel) throws IOException {
        long size = channel.size();
        long at = 2;
        ByteBuffer marker = ByteBuffer.allocate(4);
        while (at + 4 <= size) {
            marker.clear();
            channel.read(marker, at);
            int b0 = marker.get(0) & 0xFF;
            int type = marker.get(1) & 0xFF;
            if (b0 != 0xFF) {
                return false;
            }
            if (type == 0xFF) {
                at++;
                continue;
            }
            if (type == JPEG_EOI) {
                return false; // an image that ends before any scan
            }
            int length = ((marker.get(2) & 0xFF) << 8) | (marker.get(3) & 0xFF);
            if (type >= 0xD0 && type <= 0xD7 || type == 0x01) {
                at += 2;
                continue;
            }
            at += 2 + length;
            if (type == JPEG_SOS) {
                return hasEndMarkerFrom(channel, at);
            }
        }
        return false;
    }

    private static boolean hasEndMarkerFrom(FileChannel channel, long from) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long at = from;
        boolean lastWasFf = false;
        while (true) {
            buffer.clear();
            int read = channel.read(buffer, at);
            if (read <= 0) {
                return false;
            }
            for (int i = 0; i < read; i++) {
                int b = buffer.get(i) & 0xFF;
                if (lastWasFf && b == JPEG_EOI) {
                    return true;
                }
                lastWasFf = b == 0xFF;
            }
            at += read;
        }
    }

    /** Follows the chunk lengths from the signature to {@code IEND}. */
    private static boolean pngIsWhole(FileChannel channel) throws IOException {
        long size = channel.size();
        long at = 8;
        ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
        while (at + 12 <= size) {
            head.clear();
            channel.read(head, at);
            long length = head.getInt(0) & 0xFFFFFFFFL;
            String type = new String(new byte[] {head.get(4), head.get(5), head.get(6), head.get(7)},
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            long next = at + 12 + length;
            if (next > size) {
                return false;
            }
            if (type.equals("IEND")) {
                return true;
            }
            at = next;
        }
        return false;
    }

    private static boolean riffFits(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        channel.read(head, 0);
        long declared = (head.getInt(4) & 0xFFFFFFFFL) + 8;
        return declared <= channel.size();
    }
}
