package io.recapstudio.core.post;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hugo's resource glob (gobwas/glob with {@code /} as separator, matched on lower-cased pattern and name):
 * {@code *} matches any run of characters except {@code /}, {@code **} any run including {@code /}, {@code ?} one
 * character except {@code /}, {@code [abc]}, {@code [a-z]}, {@code [!abc]} one character from (or not from) a list
 * or a single range, {@code {a,b}} one of the alternatives (which may hold wildcards and nest), and {@code \} escapes
 * the next character. As in gobwas, a class mixing a range with other characters ({@code [a-z0-9]}) is invalid.
 *
 * <p>Examples: {@code **.{jpg,png}} matches {@code a.jpg} and {@code flickr/b.PNG} but not {@code c.jpeg} or
 * {@code d.webp}; {@code flickr/*} matches {@code flickr/a.jpg} but not {@code flickr/old/b.jpg}.
 */
public final class HugoGlob {

    private final String pattern;
    private final Pattern regex;

    private HugoGlob(String pattern, Pattern regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    /**
     * Compiles {@code pattern}.
     *
     * @throws IllegalArgumentException when the pattern is not a valid glob (the message says why)
     */
    public static HugoGlob compile(String pattern) {
        String lower = pattern.toLowerCase(Locale.ROOT);
        return new HugoGlob(pattern, Pattern.compile(new Compiler(lower).compile(), Pattern.DOTALL));
    }

    /** The compiled glob, or empty when {@code pattern} is invalid. */
    public static Optional<HugoGlob> tryCompile(String pattern) {
        try {
            return Optional.of(compile(pattern));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when {@code name} (a path relative to the bundle, with {@code /}) matches, ignoring case. */
    public boolean matches(String name) {
        return regex.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    /** The pattern as given. */
    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    /** Turns the glob into a regular expression following gobwas' lexer rules. */
    private static final class Compiler {
        private final String glob;
        private int pos;
        private int termsDepth;

        Compiler(String glob) {
            this.glob = glob;
        }

        String compile() {
            String regex = sequence();
            if (pos < glob.length()) {
                throw new IllegalArgumentException("unexpected '" + glob.charAt(pos) + "' at " + (pos + 1)
                        + " in glob '" + glob + "'");
            }
            return regex;
        }

        /** A sequence up to the end, or inside {@code {}} up to {@code ,} or {@code }}. */
        private String sequence() {
            StringBuilder out = new StringBuilder();
            while (pos < glob.length()) {
                char c = glob.charAt(pos);
                if (termsDepth > 0 && (c == ',' || c == '}')) {
                    break;
                }
                pos++;
                switch (c) {
                    case '*' -> {
                        if (pos < glob.length() && glob.charAt(pos) == '*') {
                            pos++;
                            out.append(".*");
                        } else {
                            out.append("[^/]*");
                        }
                    }
                    case '?' -> out.append("[^/]");
                    case '[' -> out.append(charClass());
                    case '{' -> out.append(alternatives());
                    case '\\' -> {
                        if (pos >= glob.length()) {
                            throw new IllegalArgumentException("glob '" + glob + "' ends with an escape");
                        }
                        out.append(Pattern.quote(String.valueOf(glob.charAt(pos++))));
                    }
                    default -> out.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return out.toString();
        }

        private String alternatives() {
            termsDepth++;
            StringBuilder out = new StringBuilder("(?:");
            while (true) {
                out.append(sequence());
                if (pos >= glob.length()) {
                    throw new IllegalArgumentException("unclosed '{' in glob '" + glob + "'");
                }
                char c = glob.charAt(pos++);
                if (c == '}') {
                    break;
                }
                out.append('|');
            }
            termsDepth--;
            return out.append(')').toString();
        }

        private String charClass() {
            boolean not = pos < glob.length() && glob.charAt(pos) == '!';
            if (not) {
                pos++;
            }
            if (pos + 2 < glob.length() && glob.charAt(pos + 1) == '-') {
                char lo = glob.charAt(pos);
                char hi = glob.charAt(pos + 2);
                pos += 3;
                expectClose();
                return "[" + (not ? "^" : "") + escapeInClass(lo) + "-" + escapeInClass(hi) + "]";
            }
            StringBuilder chars = new StringBuilder();
            while (pos < glob.length() && glob.charAt(pos) != ']') {
                char c = glob.charAt(pos++);
                if (c == '\\' && pos < glob.length()) {
                    c = glob.charAt(pos++);
                }
                chars.append(escapeInClass(c));
            }
            expectClose();
            if (chars.isEmpty()) {
                throw new IllegalArgumentException("empty '[]' in glob '" + glob + "'");
            }
            return "[" + (not ? "^" : "") + chars + "]";
        }

        private void expectClose() {
            if (pos >= glob.length() || glob.charAt(pos) != ']') {
                throw new IllegalArgumentException("a '[' class must be a list of characters or a single range "
                        + "such as [a-z], closed by ']', in glob '" + glob + "'");
            }
            pos++;
        }

        private static String escapeInClass(char c) {
            return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
        }
    }
}
