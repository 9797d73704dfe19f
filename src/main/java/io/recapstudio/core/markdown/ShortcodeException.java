package io.recapstudio.core.markdown;

/**
 * A shortcode that cannot be rendered, with a message that says what is wrong and what to do, and a rule id for
 * the diagnostic (e.g. {@code imgproc-no-match}).
 */
public final class ShortcodeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String rule;

    public ShortcodeException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public ShortcodeException(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    /** The rule id of the diagnostic this failure becomes. */
    public String rule() {
        return rule;
    }
}
