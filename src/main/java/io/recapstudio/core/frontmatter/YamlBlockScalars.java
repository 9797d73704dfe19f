package io.recapstudio.core.frontmatter;

import io.recapstudio.core.text.LineIndex;
import java.util.ArrayList;
import java.util.List;

/** The layout of existing block scalars ({@code |}, {@code >-}) and folding of text for {@code >}. */
final class YamlBlockScalars {

    private YamlBlockScalars() {
    }

    /** Column of the first content line of {@code scalar}, or {@code fallback} when it has none. */
    static int contentColumn(String text, LineIndex lines, YamlNode.Scalar scalar, int fallback) {
        int headerLine = lines.line(scalar.start());
        int lastLine = lines.line(Math.max(scalar.start(), scalar.end() - 1));
        for (int line = headerLine + 1; line <= lastLine; line++) {
            int start = lines.lineStart(line);
            String content = text.substring(start, lines.lineEnd(line, text));
            if (!content.isBlank()) {
                return content.length() - content.stripLeading().length();
            }
        }
        return fallback;
    }

    /**
     * The width (in columns, indentation included) a folded scalar's lines were wrapped at, at least 40, or 0 when it
     * was written on one line.
     */
    static int width(String text, LineIndex lines, YamlNode.Scalar scalar) {
        if (scalar == null) {
            return 0;
        }
        int headerLine = lines.line(scalar.start());
        int lastLine = lines.line(Math.max(scalar.start(), scalar.end() - 1));
        int width = 0;
        int contentLines = 0;
        for (int line = headerLine + 1; line <= lastLine; line++) {
            String content = text.substring(lines.lineStart(line), lines.lineEnd(line, text));
            if (!content.isBlank()) {
                contentLines++;
                width = Math.max(width, content.length());
            }
        }
        return contentLines > 1 ? Math.max(width, 40) : 0;
    }

    /**
     * Splits a one-line text into lines of at most {@code width} columns for a folded scalar, breaking only at a
     * single space between two non-spaces so that folding joins the lines back into the same text.
     */
    static List<String> fold(String content, int width) {
        List<String> out = new ArrayList<>();
        if (width <= 0) {
            out.add(content);
            return out;
        }
        int start = 0;
        while (content.length() - start > width) {
            int breakAt = -1;
            for (int i = start + 1; i < content.length() - 1; i++) {
                boolean single = content.charAt(i) == ' ' && content.charAt(i - 1) != ' '
                        && content.charAt(i + 1) != ' ';
                if (single && i - start <= width) {
                    breakAt = i;
                } else if (single) {
                    breakAt = breakAt < 0 ? i : breakAt;
                    break;
                }
            }
            if (breakAt < 0) {
                break;
            }
            out.add(content.substring(start, breakAt));
            start = breakAt + 1;
        }
        out.add(content.substring(start));
        return out;
    }
}
