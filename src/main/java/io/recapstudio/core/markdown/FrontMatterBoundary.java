package io.recapstudio.core.markdown;

/** Where a post's body starts: after its YAML ({@code ---}), TOML ({@code +++}) or JSON front matter. */
final class FrontMatterBoundary {

    private FrontMatterBoundary() {
    }

    /** The offset of the first character after the front matter, or 0 when the text has none. */
    static int bodyStart(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (text.startsWith("---", start) || text.startsWith("+++", start)) {
            String fence = text.substring(start, start + 3);
            int lineEnd = lineEnd(text, start);
            if (!text.substring(start + 3, lineEnd).isBlank()) {
                return 0;
            }
            for (int line = nextLine(text, lineEnd); line < text.length(); line = nextLine(text, lineEnd(text, line))) {
                if (text.startsWith(fence, line) && text.substring(line + 3, lineEnd(text, line)).isBlank()) {
                    return nextLine(text, lineEnd(text, line));
                }
            }
            return 0;
        }
        // Hugo reads any post starting with "{" as JSON front matter (and fails on "{{< x >}}"); the preview shows
        // such a post's body instead, taking "{" as front matter only when a JSON object really starts there.
        if (text.startsWith("{", start) && startsJsonObject(text, start + 1)) {
            int end = jsonObjectEnd(text, start);
            return end < 0 ? 0 : nextLine(text, lineEnd(text, end));
        }
        return 0;
    }

    private static boolean startsJsonObject(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '}');
    }

    private static int jsonObjectEnd(String text, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
            lineEnd++;
        }
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\n') {
            lineEnd++;
        }
        return lineEnd;
    }
}
