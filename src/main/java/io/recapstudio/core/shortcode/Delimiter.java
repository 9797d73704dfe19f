package io.recapstudio.core.shortcode;

/**
 * The two shortcode delimiters. {@code {{< name >}}} passes the shortcode's output through as it is;
 * {@code {{% name %}}} sends it through Markdown.
 */
public enum Delimiter {
    /** {@code {{< … >}}}. */
    ANGLE("{{<", ">}}"),
    /** {@code {{% … %}}}. */
    PERCENT("{{%", "%}}");

    private final String open;
    private final String close;

    Delimiter(String open, String close) {
        this.open = open;
        this.close = close;
    }

    /** The opening delimiter, {@code {{<} or {@code {{%}. */
    public String open() {
        return open;
    }

    /** The closing delimiter, {@code >}}} or {@code %}}}. */
    public String close() {
        return close;
    }

    /** The delimiter whose opening text starts at {@code offset}, or null. */
    static Delimiter openingAt(CharSequence text, int offset, int limit) {
        if (offset + 3 > limit || text.charAt(offset) != '{' || text.charAt(offset + 1) != '{') {
            return null;
        }
        char c = text.charAt(offset + 2);
        return c == '<' ? ANGLE : c == '%' ? PERCENT : null;
    }

    /** The delimiter whose closing text starts at {@code offset}, or null. */
    static Delimiter closingAt(CharSequence text, int offset, int limit) {
        if (offset + 3 > limit || text.charAt(offset + 1) != '}' || text.charAt(offset + 2) != '}') {
            return null;
        }
        char c = text.charAt(offset);
        return c == '>' ? ANGLE : c == '%' ? PERCENT : null;
    }
}
