package io.recapstudio.core.frontmatter;

import io.recapstudio.core.text.TextRange;
import java.util.Optional;

/**
 * Finds the front matter block at the top of a post as Hugo's page lexer does: after any leading whitespace (blank
 * lines, a byte order mark), a {@code ---} or {@code +++} line opens YAML or TOML front matter that ends at the next
 * line starting with the same delimiter; a {@code {} opens a JSON object that ends at its matching brace.
 */
public final class FrontMatterLocator {

    private FrontMatterLocator() {
    }

    /** The block at the top of {@code text}, or empty when the post has no front matter. */
    public static Optional<FrontMatterBlock> locate(String text) {
        int start = skipLeadingSpace(text);
        if (start >= text.length()) {
            return Optional.empty();
        }
        char first = text.charAt(start);
        if (first == '{') {
            return Optional.of(json(text, start));
        }
        FrontMatterFormat format = first == '-' ? FrontMatterFormat.YAML
                : first == '+' ? FrontMatterFormat.TOML : null;
        if (format == null || !text.startsWith(format.opening(), start)) {
            return Optional.empty();
        }
        int afterDelimiter = start + 3;
        int lineEnd = afterDelimiter;
        while (lineEnd < text.length() && (text.charAt(lineEnd) == ' ' || text.charAt(lineEnd) == '\t')) {
            lineEnd++;
        }
        if (lineEnd < text.length() && !isBreak(text.charAt(lineEnd))) {
            return Optional.empty();
        }
        int contentStart = afterBreak(text, lineEnd);
        return Optional.of(delimited(text, format, start, contentStart));
    }

    private static FrontMatterBlock delimited(String text, FrontMatterFormat format, int start, int contentStart) {
        int lineStart = contentStart;
        while (lineStart < text.length()) {
            if (text.startsWith(format.closing(), lineStart)) {
                int end = lineStart;
                while (end < text.length() && !isBreak(text.charAt(end))) {
                    end++;
                }
                return new FrontMatterBlock(format, TextRange.of(start, afterBreak(text, end)),
                        TextRange.of(contentStart, lineStart), true);
            }
            lineStart = nextLineStart(text, lineStart);
        }
        return new FrontMatterBlock(format, TextRange.of(start, text.length()),
                TextRange.of(contentStart, text.length()), false);
    }

    private static FrontMatterBlock json(String text, int start) {
        int level = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && c == '{') {
                level++;
            } else if (!inString && c == '}') {
                level--;
                if (level == 0) {
                    return new FrontMatterBlock(FrontMatterFormat.JSON, TextRange.of(start, afterBreak(text, i + 1)),
                            TextRange.of(start, i + 1), true);
                }
            }
        }
        return new FrontMatterBlock(FrontMatterFormat.JSON, TextRange.of(start, text.length()),
                TextRange.of(start, text.length()), false);
    }

    private static int skipLeadingSpace(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\uFEFF') {
                break;
            }
            i++;
        }
        return i;
    }

    static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** Offset after the line break at {@code at}, or {@code at} when there is none. */
    static int afterBreak(String text, int at) {
        if (at < text.length() && text.charAt(at) == '\r') {
            return at + 1 < text.length() && text.charAt(at + 1) == '\n' ? at + 2 : at + 1;
        }
        return at < text.length() && text.charAt(at) == '\n' ? at + 1 : at;
    }

    static int nextLineStart(String text, int from) {
        int i = from;
        while (i < text.length() && !isBreak(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? afterBreak(text, i) : text.length();
    }
}
