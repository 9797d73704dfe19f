package io.recapstudio.core.shortcode.catalog;

import java.util.Optional;

/** The two shortcode call forms. */
public enum ShortcodeDelimiter {
    /** {@code {{< name >}}}: the inner content is passed to the template as it is. */
    ANGLE("{{<", ">}}"),
    /** {@code {{% name %}}}: the shortcode's output goes through Markdown. */
    PERCENT("{{%", "%}}");

    private final String open;
    private final String close;

    ShortcodeDelimiter(String open, String close) {
        this.open = open;
        this.close = close;
    }

    public String open() {
        return open;
    }

    public String close() {
        return close;
    }

    /** {@code <} or {@code %}. */
    public String id() {
        return this == ANGLE ? "<" : "%";
    }

    /** Reads {@code <}, {@code %}, {@code angle}, {@code percent}, {@code {{<}, {@code {{%}. */
    public static Optional<ShortcodeDelimiter> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("<") || t.equals("angle") || t.equals("{{<")) {
            return Optional.of(ANGLE);
        }
        if (t.equals("%") || t.equals("percent") || t.equals("{{%")) {
            return Optional.of(PERCENT);
        }
        return Optional.empty();
    }
}
