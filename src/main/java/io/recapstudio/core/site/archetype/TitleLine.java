package io.recapstudio.core.site.archetype;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the {@code title} of a new post's front matter the title the user gave, whatever the archetype computed
 * (archetypes usually derive it from the folder name, which for {@code 2024-05-06-reef-day} gives
 * "2024 05 06 Reef Day"). Only the title's value is replaced, in the quoting style it had; a front matter without
 * a title gets one as its first key.
 */
final class TitleLine {

    private static final Pattern YAML_TITLE = Pattern.compile("(?m)^title[ \\t]*:[ \\t]*(.*?)[ \\t]*(\\r?)$");
    private static final Pattern TOML_TITLE = Pattern.compile("(?m)^title[ \\t]*=[ \\t]*(.*?)[ \\t]*(\\r?)$");
    private static final Pattern JSON_TITLE = Pattern.compile("\"title\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\")");

    private TitleLine() {
    }

    /** {@code text} with its front-matter title set to {@code title}; unchanged when it has no front matter. */
    static String set(String text, String title) {
        String trimmed = text.stripLeading();
        int offset = text.length() - trimmed.length();
        if (trimmed.startsWith("---")) {
            return replaceIn(text, offset, "---", YAML_TITLE, title, true);
        }
        if (trimmed.startsWith("+++")) {
            return replaceIn(text, offset, "+++", TOML_TITLE, title, false);
        }
        if (trimmed.startsWith("{")) {
            Matcher m = JSON_TITLE.matcher(text);
            if (m.find()) {
                return text.substring(0, m.start(1)) + doubleQuoted(title) + text.substring(m.end(1));
            }
            return text.substring(0, offset + 1) + "\n  \"title\": " + doubleQuoted(title) + ","
                    + text.substring(offset + 1);
        }
        return text;
    }

    private static String replaceIn(String text, int offset, String delimiter, Pattern key, String title,
                                    boolean yaml) {
        int bodyStart = text.indexOf('\n', offset) + 1;
        int end = bodyStart;
        while (end < text.length()) {
            int eol = text.indexOf('\n', end);
            String line = (eol < 0 ? text.substring(end) : text.substring(end, eol)).strip();
            if (line.equals(delimiter)) {
                break;
            }
            end = eol < 0 ? text.length() : eol + 1;
        }
        if (bodyStart == 0) {
            return text;
        }
        String body = text.substring(bodyStart, end);
        Matcher m = key.matcher(body);
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        if (!m.find()) {
            String line = (yaml ? "title: " : "title = ") + doubleQuoted(title) + newline;
            return text.substring(0, bodyStart) + line + text.substring(bodyStart);
        }
        String value = quoteLike(m.group(1), title, yaml);
        int valueEnd = m.end(1);
        if (yaml && (m.group(1).startsWith("|") || m.group(1).startsWith(">"))) {
            valueEnd = endOfBlockScalar(body, m.end());
        }
        return text.substring(0, bodyStart) + body.substring(0, m.start(1)) + value + body.substring(valueEnd)
                + text.substring(end);
    }

    /** Where the indented lines of a YAML block scalar that starts on the line ending at {@code lineEnd} end. */
    private static int endOfBlockScalar(String body, int lineEnd) {
        int pos = lineEnd;
        while (pos < body.length()) {
            int eol = body.indexOf('\n', pos + 1);
            int next = eol < 0 ? body.length() : eol;
            String line = body.substring(pos + 1 > next ? next : pos + 1, next);
            if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("\t")) {
                return pos;
            }
            pos = next;
        }
        return pos;
    }

    /** The new title, quoted like the old value was (single quotes when the old value used them). */
    private static String quoteLike(String old, String title, boolean yaml) {
        if (old.startsWith("'") && (yaml || !title.contains("'"))) {
            return "'" + (yaml ? title.replace("'", "''") : title) + "'";
        }
        return doubleQuoted(title);
    }

    static String doubleQuoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
