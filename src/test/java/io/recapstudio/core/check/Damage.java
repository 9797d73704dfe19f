package io.recapstudio.core.check;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Makes mojibake the way broken tools do, to test the detector against real damage rather than typed-in samples. */
final class Damage {

    /** Each byte as Windows-1252 reads it (from the JDK's own charset), undefined bytes as C1 controls. */
    private static final char[] WINDOWS_1252 = new char[256];

    static {
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0; b < 256; b++) {
            String decoded = new String(new byte[] {(byte) b}, cp1252);
            WINDOWS_1252[b] = decoded.equals("\uFFFD") ? (char) b : decoded.charAt(0);
        }
    }

    private Damage() {
    }

    /**
     * UTF-8 bytes read as Windows-1252, the five bytes it leaves undefined becoming the C1 controls of the same value
     * (as Windows' own conversion does).
     */
    static String asWindows1252(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.append(WINDOWS_1252[b & 0xFF]);
        }
        return out.toString();
    }

    /** UTF-8 bytes read as Latin-1 (ISO-8859-1). */
    static String asLatin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
