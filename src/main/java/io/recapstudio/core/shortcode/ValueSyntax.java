package io.recapstudio.core.shortcode;

/** Reading and writing argument values and names the way Hugo's shortcode lexer reads them. */
final class ValueSyntax {

    private static final String NAMED_BARE_SYMBOLS = "_-./:#*?,+@~&%!";

    private ValueSyntax() {
    }

    /**
     * The value Hugo passes to the template for a value token: quotes and backticks removed; in a double-quoted
     * value that holds an escaped quote, every backslash is dropped (Hugo drops them all in that case), otherwise
     * backslashes stay.
     */
    static String unescape(String written, QuoteStyle quote) {
        return switch (quote) {
            case BARE -> written;
            case RAW -> written.length() >= 2 ? written.substring(1, written.length() - 1) : "";
            case DOUBLE -> unescapeDouble(written);
        };
    }

    private static String unescapeDouble(String written) {
        int open = written.startsWith("\\\"") ? 2 : 1;
        int close = written.endsWith("\\\"") && written.length() >= open + 2 ? 2 : 1;
        String content = written.length() >= open + close ? written.substring(open, written.length() - close) : "";
        return content.contains("\\\"") ? content.replace("\\", "") : content;
    }

    /** True when Hugo reads {@code value} unquoted in argument position: letters, digits, {@code _ - .}. */
    static boolean isBarePositional(String value) {
        if (value.isEmpty() || !(isLetterDigitOr(value.charAt(0), "_-"))) {
            return false;
        }
        return value.chars().allMatch(c -> isLetterDigitOr((char) c, "_-."));
    }

    /** True when Hugo reads {@code name} as a parameter name: letters, digits, {@code _ - .}. */
    static boolean isArgumentName(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> isLetterDigitOr((char) c, "_-."));
    }

    /** True when {@code name} is a shortcode name Hugo reads: starts with a letter, digit or {@code _}. */
    static boolean isShortcodeName(String name) {
        return !name.isEmpty() && ShortcodeLexer.isNameStart(name.charAt(0))
                && name.chars().allMatch(c -> ShortcodeLexer.isNameChar((char) c)) && !name.endsWith("/");
    }

    /** True when a named value may stay unquoted: no spaces, quotes, braces, angle brackets, {@code =} or {@code \}. */
    static boolean isBareNamed(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> isLetterDigitOr((char) c, NAMED_BARE_SYMBOLS));
    }

    private static boolean isLetterDigitOr(char c, String symbols) {
        return Character.isLetterOrDigit(c) || symbols.indexOf(c) >= 0;
    }

    /**
     * Writes {@code value} for a call: bare when that is safe and {@code preferred} allows it, else in the preferred
     * quotes when they can hold it, else double quotes or backticks, whichever can.
     *
     * @throws IllegalArgumentException when no Hugo quoting can hold the value (a backtick together with a line
     *                                  break, or with a backslash and a quote)
     */
    static String write(String value, boolean named, QuoteStyle preferred) {
        boolean bareOk = named ? isBareNamed(value) : isBarePositional(value);
        if (bareOk && (preferred == null || preferred == QuoteStyle.BARE)) {
            return value;
        }
        if (preferred == QuoteStyle.RAW && fitsRaw(value)) {
            return "`" + value + "`";
        }
        if (preferred == QuoteStyle.DOUBLE && fitsDouble(value)) {
            return writeDouble(value);
        }
        if (fitsDouble(value) && value.indexOf('\\') < 0) {
            return writeDouble(value);
        }
        if (fitsRaw(value)) {
            return "`" + value + "`";
        }
        if (fitsDouble(value)) {
            return writeDouble(value);
        }
        throw new IllegalArgumentException("Hugo cannot hold this value in a shortcode argument (it has a backtick "
                + "and a line break, or a backtick, a quote and a backslash): " + value);
    }

    private static boolean fitsRaw(String value) {
        return value.indexOf('`') < 0;
    }

    private static boolean fitsDouble(String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return false;
        }
        return value.indexOf('"') >= 0 ? value.indexOf('\\') < 0 : !value.endsWith("\\");
    }

    private static String writeDouble(String value) {
        return "\"" + value.replace("\"", "\\\"") + "\"";
    }
}
