package io.recapstudio.core.frontmatter.schema;

/** How a front-matter field is edited and validated. */
public enum FieldKind {
    /** One line of text. */
    TEXT,
    /** Several lines of text (a description). */
    MULTILINE,
    /** A date with optional time and offset, written in the file's or the site's style. */
    DATE,
    /** true or false. */
    BOOLEAN,
    /** A list of strings (tags, categories, aliases). */
    LIST,
    /** One string or a list of strings (author, authors). */
    TEXT_OR_LIST,
    /** A site-relative URL path such as {@code /blog/2026/10/recap/}. */
    URL,
    /** The name of a bundle image. */
    IMAGE,
    /** The {@code resources} list of {@code src} globs with titles and params. */
    RESOURCES,
    /** Any other shape, edited as text. */
    OTHER
}
