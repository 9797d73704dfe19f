package io.recapstudio.core.text;

import java.util.Locale;

/** Text from files other people wrote, made safe to print as one line of a terminal or log. */
public final class PrintableText {

    private PrintableText() {
    }

    /**
     * {@code s} with C0 and C1 control characters, DEL, the Unicode line and paragraph separators and the
     * bidirectional overrides written as {@code \n}, {@code \r}, {@code \t}, {@code \xNN} or {@code \\u} and
     * four hex digits: the result is one line, and nothing in it can move the terminal's cursor or reorder what is
     * shown.
     */
    public static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)
                        ? String.format(Locale.ROOT, "\\x%02X", (int) c)
                        : c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                        || (c >= '\u2066' && c <= '\u2069') ? String.format(Locale.ROOT, "\\u%04X", (int) c) : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? s : out.toString();
    }
}
