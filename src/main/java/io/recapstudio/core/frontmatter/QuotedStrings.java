package io.recapstudio.core.frontmatter;

import java.util.Locale;

/** The double-quoted string JSON and TOML share: {@code \"}, {@code \\}, the short escapes and {@code \\uXXXX}. */
final class QuotedStrings {

    private QuotedStrings() {
    }

    /**
     * {@code s} in double quotes, escaped so that both JSON and a TOML basic string read it back unchanged: quote,
     * backslash and the control characters (DEL too, which TOML forbids raw and JSON accepts escaped).
     */
    static String basic(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
