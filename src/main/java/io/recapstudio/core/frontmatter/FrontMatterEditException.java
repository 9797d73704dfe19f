package io.recapstudio.core.frontmatter;

/**
 * An edit of the front matter that cannot be made without damaging the file: the front matter is malformed, a key on
 * the path is not a map, or the result would not read back as intended. The message says what to do; the text is
 * left as it was.
 */
public class FrontMatterEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FrontMatterEditException(String message) {
        super(message);
    }
}
