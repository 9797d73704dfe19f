package io.recapstudio.ui.session;

/** Where a post's front matter ends: the statistics and the checks look at the body only. */
public final class FrontMatterSpan {

    private FrontMatterSpan() {
    }

    /** Offset of the first body character: after the closing {@code ---}/{@code +++} line or JSON object. */
    public static int bodyStart(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (text.startsWith("---", i) || text.startsWith("+++", i)) {
            String fence = text.substring(i, i + 3);
            int lineEnd = text.indexOf('\n', i);
            int pos = lineEnd < 0 ? n : lineEnd + 1;
            while (pos < n) {
                int end = text.indexOf('\n', pos);
                int stop = end < 0 ? n : end;
                if (text.substring(pos, stop).strip().equals(fence)) {
                    return end < 0 ? n : end + 1;
                }
                pos = stop + 1;
            }
            return 0;
        }
        if (i < n && text.charAt(i) == '{') {
            return jsonEnd(text, i);
        }
        return 0;
    }

    private static int jsonEnd(String text, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return 0;
    }
}
