package io.recapstudio.core.frontmatter;

import java.util.Locale;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** When a YAML string may be written plain, and how to quote it when not. */
final class YamlScalars {

    private static final Resolver RESOLVER = new Resolver();
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    /** SnakeYAML (YAML 1.1) ends a plain scalar inside [ ] or { } at any of these. */
    private static final String FLOW_INDICATORS = ",[]{}:?";

    private YamlScalars() {
    }

    /** True when {@code s} reads back as the same string written without quotes. */
    static boolean isPlainSafe(String s, boolean flow) {
        if (s.isEmpty() || INDICATORS.indexOf(s.charAt(0)) >= 0 || Character.isWhitespace(s.charAt(0))
                || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":") || s.contains(":\t") || s.contains("\t#")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (needsEscape(c) || c == '\t' || (flow && FLOW_INDICATORS.indexOf(c) >= 0)) {
                return false;
            }
        }
        return Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, s, true));
    }

    /** True when {@code c} cannot appear literally in a single-quoted or plain scalar. */
    static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF' || Character.isSurrogate(c)
                || c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF';
    }

    static boolean canSingleQuote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (needsEscape(c) && !(Character.isSurrogate(c) && isPaired(s, i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPaired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    static String singleQuoted(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String doubleQuoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (needsEscape(c) && !(Character.isSurrogate(c) && isPaired(s, i))) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** True when {@code s} can be a literal or folded block scalar's content. */
    static boolean canBeBlock(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\t' && needsEscape(c) && !(Character.isSurrogate(c) && isPaired(s, i))) {
                return false;
            }
        }
        String trimmed = s.replaceAll("\n+$", "");
        return !trimmed.isEmpty() && !trimmed.startsWith("\n") && !Character.isWhitespace(trimmed.charAt(0));
    }

    /** A key as YAML text: plain when it can be, else double-quoted. */
    static String key(String key) {
        return isPlainSafe(key, false) ? key : doubleQuoted(key);
    }
}
