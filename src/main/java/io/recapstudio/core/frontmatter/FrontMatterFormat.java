package io.recapstudio.core.frontmatter;

/** The three front matter formats Hugo reads, with the text that opens and closes each block. */
public enum FrontMatterFormat {
    /** YAML between {@code ---} lines. */
    YAML("---", "---"),
    /** TOML between {@code +++} lines. */
    TOML("+++", "+++"),
    /** A JSON object at the top of the file. */
    JSON("{", "}");

    private final String opening;
    private final String closing;

    FrontMatterFormat(String opening, String closing) {
        this.opening = opening;
        this.closing = closing;
    }

    /** The text that opens the block. */
    public String opening() {
        return opening;
    }

    /** The text that closes the block (for YAML and TOML, at the start of a line). */
    public String closing() {
        return closing;
    }

    /** The name people use for the format. */
    public String displayName() {
        return name();
    }
}
