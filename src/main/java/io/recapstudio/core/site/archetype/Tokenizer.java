package io.recapstudio.core.site.archetype;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Splits one action's content into {@link Token}s. */
final class Tokenizer {

    private final String s;
    private final Path file;
    private final int line;
    private int i;

    private Tokenizer(String s, Path file, int line) {
        this.s = s;
        this.file = file;
        this.line = line;
    }

    static List<Token> tokenize(String action, Path file, int line) {
        return new Tokenizer(action, file, line).all();
    }

    private List<Token> all() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        char c = s.charAt(i);
        if (c == '"') {
            return new Token(Token.Kind.STRING, quoted(), List.of());
        }
        if (c == '`') {
            int end = s.indexOf('`', i + 1);
            if (end < 0) {
                throw error("a raw string (`) is never closed");
            }
            String text = s.substring(i + 1, end);
            i = end + 1;
            return new Token(Token.Kind.STRING, text, List.of());
        }
        if (c == '(') {
            i++;
            return new Token(Token.Kind.LPAREN, "(", List.of());
        }
        if (c == ')') {
            i++;
            return new Token(Token.Kind.RPAREN, ")", fields());
        }
        if (c == '|') {
            i++;
            return new Token(Token.Kind.PIPE, "|", List.of());
        }
        if (c == ':' && s.startsWith(":=", i)) {
            i += 2;
            return new Token(Token.Kind.DECLARE, ":=", List.of());
        }
        if (c == '=') {
            i++;
            return new Token(Token.Kind.ASSIGN, "=", List.of());
        }
        if (c == '$') {
            i++;
            String name = "$" + word();
            return new Token(Token.Kind.VAR, name, fields());
        }
        if (c == '.' && (i + 1 >= s.length() || !Character.isDigit(s.charAt(i + 1)))) {
            return new Token(Token.Kind.DOT, ".", fields());
        }
        if (Character.isDigit(c) || c == '-' || c == '+' || c == '.') {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            String name = word();
            while (i + 1 < s.length() && s.charAt(i) == '.' && Character.isLetter(s.charAt(i + 1))
                    && isNamespace(name)) {
                i++;
                name = name + "." + word();
            }
            return new Token(Token.Kind.IDENT, name, fields());
        }
        throw error("unexpected character '" + c + "'");
    }

    /** Hugo's function namespaces, so that {@code time.Format} is one function name. */
    private static boolean isNamespace(String name) {
        return switch (name) {
            case "strings", "time", "path", "urls", "math", "transform", "fmt", "collections", "os", "hugo", "lang" ->
                    true;
            default -> false;
        };
    }

    private String word() {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        return s.substring(start, i);
    }

    /** {@code .A.B} right after a term (no space in between). */
    private List<String> fields() {
        List<String> fields = new ArrayList<>();
        while (i < s.length() && s.charAt(i) == '.') {
            i++;
            String name = word();
            if (name.isEmpty()) {
                if (fields.isEmpty()) {
                    return fields;
                }
                throw error("a field name is missing after '.'");
            }
            fields.add(name);
        }
        return fields;
    }

    private Token number() {
        int start = i;
        i++;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        String text = s.substring(start, i);
        if (!text.matches("[-+]?\\d+(\\.\\d+)?")) {
            throw error("not a number: " + text);
        }
        return new Token(Token.Kind.NUMBER, text.startsWith("+") ? text.substring(1) : text, List.of());
    }

    private String quoted() {
        StringBuilder out = new StringBuilder();
        i++;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\' && i < s.length()) {
                char e = s.charAt(i++);
                out.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> e;
                });
            } else {
                out.append(c);
            }
        }
        throw error("a string (\") is never closed");
    }

    private ArchetypeException error(String detail) {
        return new ArchetypeException(file, line, detail);
    }
}
