package io.recapstudio.core.post;

import java.io.ByteArrayOutputStream;

/**
 * A lossless UTF-8 codec. Every byte that is not part of a well-formed UTF-8 sequence decodes to the lone surrogate
 * {@code U+DC00 + byte} (the "surrogate escape" that Python also uses), and encoding turns those characters back into
 * the same bytes. Well-formed UTF-8 never decodes to a lone surrogate, so {@code encode(decode(b))} equals {@code b}
 * for every byte array, and edits elsewhere in a damaged file leave its damaged bytes exactly as they were.
 */
public final class Utf8 {

    static final char ESCAPE_BASE = '\uDC00';

    private Utf8() {
    }

    /** True when {@code c} is in the range that stands for an undecodable byte (see {@link #isEscapeAt}). */
    static boolean isEscape(char c) {
        return c >= '\uDC80' && c <= '\uDCFF';
    }

    /**
     * True when the character at {@code i} stands for an undecodable byte: a low surrogate in the escape range that
     * is not the second half of a pair. A four-byte character such as U+1F4C3 is the pair D83D DCC3, whose low half
     * lies in the escape range too and must not be taken for damage.
     */
    public static boolean isEscapeAt(CharSequence text, int i) {
        return isEscape(text.charAt(i)) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    /** The byte the escape character at an {@link #isEscapeAt escape position} stands for. */
    public static int escapedByte(char c) {
        return c - ESCAPE_BASE;
    }

    static String decode(byte[] bytes, int from) {
        StringBuilder out = new StringBuilder(bytes.length - from);
        int i = from;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                out.append((char) (ESCAPE_BASE + b));
                i++;
            } else {
                out.appendCodePoint(codePoint(bytes, i, length));
                i += length;
            }
        }
        return out.toString();
    }

    /** Offset of the first byte that is not well-formed UTF-8, or -1. */
    static int firstInvalidByte(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length) {
            if ((bytes[i] & 0x80) == 0) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /** Length of the well-formed sequence starting at {@code i} (2 to 4), or 0 when there is none. */
    public static int sequenceLength(byte[] bytes, int i) {
        int b0 = bytes[i] & 0xFF;
        int length;
        int min2;
        int max2;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2;
            min2 = 0x80;
            max2 = 0xBF;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            min2 = b0 == 0xE0 ? 0xA0 : 0x80;
            max2 = b0 == 0xED ? 0x9F : 0xBF;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            min2 = b0 == 0xF0 ? 0x90 : 0x80;
            max2 = b0 == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int b1 = bytes[i + 1] & 0xFF;
        if (b1 < min2 || b1 > max2) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int bk = bytes[i + k] & 0xFF;
            if (bk < 0x80 || bk > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    /** The code point of the well-formed {@code length}-byte sequence at {@code i}. */
    public static int codePoint(byte[] bytes, int i, int length) {
        int cp = bytes[i] & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            cp = (cp << 6) | (bytes[i + k] & 0x3F);
        }
        return cp;
    }

    /** UTF-8 bytes of {@code text}; escaped bytes come back as themselves, other lone surrogates as U+FFFD. */
    static byte[] encode(CharSequence text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.write(c);
            } else if (isEscape(c)) {
                out.write(c - ESCAPE_BASE);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                writeCodePoint(out, Character.toCodePoint(c, text.charAt(i + 1)));
                i++;
            } else if (Character.isSurrogate(c)) {
                writeCodePoint(out, 0xFFFD);
            } else {
                writeCodePoint(out, c);
            }
        }
        return out.toByteArray();
    }

    private static void writeCodePoint(ByteArrayOutputStream out, int cp) {
        if (cp < 0x800) {
            out.write(0xC0 | (cp >> 6));
        } else if (cp < 0x10000) {
            out.write(0xE0 | (cp >> 12));
            out.write(0x80 | ((cp >> 6) & 0x3F));
        } else {
            out.write(0xF0 | (cp >> 18));
            out.write(0x80 | ((cp >> 12) & 0x3F));
            out.write(0x80 | ((cp >> 6) & 0x3F));
        }
        out.write(0x80 | (cp & 0x3F));
    }
}
