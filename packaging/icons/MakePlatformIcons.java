import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Makes the macOS and Windows icons (packaging/macos/recap-studio.icns, packaging/windows/recap-studio.ico) from the
 * PNGs in packaging/icons, so that every platform shows the same icon. Both formats hold PNG images (ICO since
 * Windows Vista, ICNS since macOS 10.7); the sources are 16 bits a channel, which Windows does not read in an ICO, so
 * each is written again with 8 bits a channel. Run from the repository root when an icon changes:
 * {@code java packaging/icons/MakePlatformIcons.java}
 */
public final class MakePlatformIcons {

    private static final Path ICONS = Path.of("packaging/icons");

    public static void main(String[] args) throws IOException {
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : List.of(16, 32, 48, 128, 256)) {
            png.put(size, eightBitPng(ICONS.resolve(size == 256 ? "recap-studio.png" : "recap-studio-" + size + ".png"),
                    size));
        }
        write(Path.of("packaging/windows/recap-studio.ico"), ico(png));
        // ICNS types for PNG data: icp4 16, icp5 32, ic07 128, ic08 256, ic11 16@2x, ic13 128@2x (no 48 slot).
        Map<String, byte[]> icns = new LinkedHashMap<>();
        icns.put("icp4", png.get(16));
        icns.put("icp5", png.get(32));
        icns.put("ic11", png.get(32));
        icns.put("ic07", png.get(128));
        icns.put("ic08", png.get(256));
        icns.put("ic13", png.get(256));
        write(Path.of("packaging/macos/recap-studio.icns"), icns(icns));
    }

    private static byte[] eightBitPng(Path source, int size) throws IOException {
        BufferedImage image = ImageIO.read(source.toFile());
        if (image == null || image.getWidth() != size || image.getHeight() != size) {
            throw new IOException(source + " is not a " + size + "×" + size + " image");
        }
        BufferedImage argb = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        argb.createGraphics().drawImage(image, 0, 0, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(argb, "png", out);
        return out.toByteArray();
    }

    /** ICONDIR, one 16-byte ICONDIRENTRY per image (0 means 256 px), then the PNGs; little-endian. */
    private static byte[] ico(Map<Integer, byte[]> png) {
        int offset = 6 + 16 * png.size();
        int total = offset + png.values().stream().mapToInt(b -> b.length).sum();
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) png.size());
        for (Map.Entry<Integer, byte[]> e : png.entrySet()) {
            int side = e.getKey() >= 256 ? 0 : e.getKey();
            out.put((byte) side).put((byte) side).put((byte) 0).put((byte) 0);
            out.putShort((short) 1).putShort((short) 32).putInt(e.getValue().length).putInt(offset);
            offset += e.getValue().length;
        }
        png.values().forEach(out::put);
        return out.array();
    }

    /** "icns" and the file length, then per image its type, its length with this 8-byte header, and the PNG. */
    private static byte[] icns(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(body);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            data.writeBytes(e.getKey());
            data.writeInt(8 + e.getValue().length);
            data.write(e.getValue());
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        body.writeTo(file);
        return file.toByteArray();
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.write(temp, bytes);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println(target + ": " + bytes.length + " bytes");
    }
}
