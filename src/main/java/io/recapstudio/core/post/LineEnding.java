package io.recapstudio.core.post;

/** One of the three line breaks a post may use. */
public enum LineEnding {
    LF("\n"), CRLF("\r\n"), CR("\r");

    private final String chars;

    LineEnding(String chars) {
        this.chars = chars;
    }

    /** The characters of this line break. */
    public String chars() {
        return chars;
    }
}
