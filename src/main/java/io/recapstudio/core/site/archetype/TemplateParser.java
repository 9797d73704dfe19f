package io.recapstudio.core.site.archetype;

import io.recapstudio.core.site.archetype.TemplateSyntax.Assignment;
import io.recapstudio.core.site.archetype.TemplateSyntax.Command;
import io.recapstudio.core.site.archetype.TemplateSyntax.Conditional;
import io.recapstudio.core.site.archetype.TemplateSyntax.Dot;
import io.recapstudio.core.site.archetype.TemplateSyntax.Group;
import io.recapstudio.core.site.archetype.TemplateSyntax.Identifier;
import io.recapstudio.core.site.archetype.TemplateSyntax.Literal;
import io.recapstudio.core.site.archetype.TemplateSyntax.Node;
import io.recapstudio.core.site.archetype.TemplateSyntax.Output;
import io.recapstudio.core.site.archetype.TemplateSyntax.Pipeline;
import io.recapstudio.core.site.archetype.TemplateSyntax.Term;
import io.recapstudio.core.site.archetype.TemplateSyntax.Text;
import io.recapstudio.core.site.archetype.TemplateSyntax.Variable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses the Go-template subset of archetypes: text, {@code {{ pipeline }}}, {@code {{- -}}} trimming, comments,
 * variables, {@code if}/{@code with}/{@code else}/{@code end}. Anything else ({@code range}, {@code define},
 * {@code template}…) is an {@link ArchetypeException} naming the line.
 */
final class TemplateParser {

    private static final Set<String> UNSUPPORTED = Set.of("range", "define", "template", "block", "break",
            "continue", "try");

    /** One {@code {{ }}} action's content with its line, or a text run. */
    private record Item(String text, boolean action, int line) {
    }

    private final Path file;
    private final List<Item> items;
    private int next;

    private TemplateParser(Path file, List<Item> items) {
        this.file = file;
        this.items = items;
    }

    static List<Node> parse(String template, Path file) {
        TemplateParser parser = new TemplateParser(file, split(template, file));
        List<Node> nodes = new ArrayList<>();
        String stop = parser.parseUntil(nodes, Set.of());
        if (stop != null) {
            throw parser.error(parser.items.get(parser.next - 1).line(), "{{ " + stop + " }} without an if or with");
        }
        return nodes;
    }

    /** Parses nodes into {@code out} until one of {@code stops} ({@code else}, {@code end}); returns it, or null. */
    private String parseUntil(List<Node> out, Set<String> stops) {
        while (next < items.size()) {
            Item item = items.get(next++);
            if (!item.action()) {
                out.add(new Text(item.text()));
                continue;
            }
            List<Token> tokens = Tokenizer.tokenize(item.text(), file, item.line());
            if (tokens.isEmpty()) {
                throw error(item.line(), "empty action {{ }}");
            }
            Token first = tokens.get(0);
            String word = first.kind() == Token.Kind.IDENT && first.fields().isEmpty() ? first.text() : "";
            if (word.equals("end") || word.equals("else")) {
                if (!stops.contains(word)) {
                    throw error(item.line(), "{{ " + word + " }} without an if or with");
                }
                if (word.equals("else") && tokens.size() > 1) {
                    next--;
                    items.set(next, new Item(item.text().strip().substring(4).strip(), true, item.line()));
                    return "else-chain";
                }
                return word;
            }
            if (word.equals("if") || word.equals("with")) {
                out.add(conditional(word.equals("with"), tokens.subList(1, tokens.size()), item.line()));
            } else if (UNSUPPORTED.contains(word)) {
                throw error(item.line(), "Recap Studio cannot evaluate {{ " + word + " }} in an archetype; simplify "
                        + "the archetype (text, fields such as .Title and .Date, functions, if/with) or create the post "
                        + "with hugo new");
            } else if (tokens.size() >= 2 && first.kind() == Token.Kind.VAR && (tokens.get(1).kind() == Token.Kind.DECLARE
                    || tokens.get(1).kind() == Token.Kind.ASSIGN)) {
                out.add(new Assignment(first.text(), tokens.get(1).kind() == Token.Kind.DECLARE,
                        pipeline(tokens.subList(2, tokens.size()), item.line()), item.line()));
            } else {
                out.add(new Output(pipeline(tokens, item.line()), item.line()));
            }
        }
        return null;
    }

    private Conditional conditional(boolean with, List<Token> condition, int line) {
        Pipeline pipeline = pipeline(condition, line);
        List<Node> then = new ArrayList<>();
        String stop = parseUntil(then, Set.of("else", "end"));
        List<Node> otherwise = new ArrayList<>();
        if (stop == null) {
            throw error(line, "this {{ " + (with ? "with" : "if") + " }} is never closed with {{ end }}");
        }
        if (stop.equals("else-chain")) {
            Item chained = items.get(next++);
            List<Token> tokens = Tokenizer.tokenize(chained.text(), file, chained.line());
            String kind = tokens.get(0).text();
            if (!kind.equals("if") && !kind.equals("with")) {
                throw error(chained.line(), "{{ else " + kind + " }} is not supported; use else if or else with");
            }
            otherwise.add(conditional(kind.equals("with"), tokens.subList(1, tokens.size()), chained.line()));
        } else if (stop.equals("else")) {
            String end = parseUntil(otherwise, Set.of("end"));
            if (end == null) {
                throw error(line, "this {{ else }} is never closed with {{ end }}");
            }
        }
        return new Conditional(with, pipeline, then, otherwise, line);
    }

    private Pipeline pipeline(List<Token> tokens, int line) {
        if (tokens.isEmpty()) {
            throw error(line, "missing value");
        }
        int[] pos = {0};
        Pipeline p = pipeline(tokens, pos, line);
        if (pos[0] < tokens.size()) {
            throw error(line, "unexpected " + tokens.get(pos[0]).text());
        }
        return p;
    }

    private Pipeline pipeline(List<Token> tokens, int[] pos, int line) {
        List<Command> commands = new ArrayList<>();
        List<Term> terms = new ArrayList<>();
        while (pos[0] < tokens.size()) {
            Token t = tokens.get(pos[0]);
            if (t.kind() == Token.Kind.RPAREN) {
                break;
            }
            pos[0]++;
            if (t.kind() == Token.Kind.PIPE) {
                commands.add(command(terms, line));
                terms = new ArrayList<>();
                continue;
            }
            terms.add(term(t, tokens, pos, line));
        }
        commands.add(command(terms, line));
        return new Pipeline(commands, line);
    }

    private Command command(List<Term> terms, int line) {
        if (terms.isEmpty()) {
            throw error(line, "missing value in a pipeline");
        }
        return new Command(List.copyOf(terms));
    }

    private Term term(Token t, List<Token> tokens, int[] pos, int line) {
        return switch (t.kind()) {
            case STRING -> new Literal(t.text());
            case NUMBER -> new Literal(number(t.text()));
            case IDENT -> switch (t.text()) {
                case "true" -> new Literal(Boolean.TRUE);
                case "false" -> new Literal(Boolean.FALSE);
                case "nil" -> new Literal(null);
                default -> new Identifier(t.text(), t.fields());
            };
            case DOT -> new Dot(t.fields());
            case VAR -> new Variable(t.text(), t.fields());
            case LPAREN -> {
                Pipeline inner = pipeline(tokens, pos, line);
                if (pos[0] >= tokens.size() || tokens.get(pos[0]).kind() != Token.Kind.RPAREN) {
                    throw error(line, "a ( is never closed");
                }
                Token close = tokens.get(pos[0]++);
                yield new Group(inner, close.fields());
            }
            default -> throw error(line, "unexpected " + t.text());
        };
    }

    /** A Long, or a Double when it has a fraction (no ?: here: it would widen the Long to a double). */
    private static Object number(String text) {
        if (text.contains(".")) {
            return Double.parseDouble(text);
        }
        return Long.parseLong(text);
    }

    private ArchetypeException error(int line, String detail) {
        return new ArchetypeException(file, line, detail);
    }

    /** Splits a template into text runs and action contents, applying {@code {{-}} and {@code -}}} trimming. */
    static List<Item> split(String template, Path file) {
        List<Item> items = new ArrayList<>();
        int pos = 0;
        boolean trimNextText = false;
        while (pos <= template.length()) {
            int open = template.indexOf("{{", pos);
            String text = open < 0 ? template.substring(pos) : template.substring(pos, open);
            if (trimNextText) {
                text = text.stripLeading();
            }
            if (open < 0) {
                addText(items, text, line(template, pos));
                break;
            }
            boolean trimLeft = open + 3 < template.length() && template.charAt(open + 2) == '-'
                    && Character.isWhitespace(template.charAt(open + 3));
            addText(items, trimLeft ? text.stripTrailing() : text, line(template, pos));
            int contentStart = open + (trimLeft ? 3 : 2);
            int close = closing(template, contentStart);
            if (close < 0) {
                throw new ArchetypeException(file, line(template, open), "this {{ is never closed with }}");
            }
            String content = template.substring(contentStart, close);
            boolean trimRight = content.length() >= 2 && content.endsWith("-")
                    && Character.isWhitespace(content.charAt(content.length() - 2));
            if (trimRight) {
                content = content.substring(0, content.length() - 1);
            }
            String stripped = content.strip();
            if (!(stripped.startsWith("/*") && stripped.endsWith("*/"))) {
                items.add(new Item(stripped, true, line(template, open)));
            }
            trimNextText = trimRight;
            pos = close + 2;
        }
        return items;
    }

    private static void addText(List<Item> items, String text, int line) {
        if (!text.isEmpty()) {
            items.add(new Item(text, false, line));
        }
    }

    /** The index of the {@code }}} closing an action, skipping string literals; -1 if none. */
    private static int closing(String s, int from) {
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (c == '/' && s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                if (end < 0) {
                    return -1;
                }
                i = end + 1;
            } else if (c == '}' && i + 1 < s.length() && s.charAt(i + 1) == '}') {
                return i;
            }
        }
        return -1;
    }

    private static int line(String s, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
