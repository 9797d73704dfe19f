package io.recapstudio.core.frontmatter;

import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a TOML front matter block with their exact places: key/value lines (with dotted keys and values
 * spanning lines), {@code [table]} and {@code [[array]]} headers. tomlj reads the values and reports errors; this
 * scanner only finds where things are, and never throws: what it cannot read it skips to the end of the line.
 */
final class TomlLayout {

    /** What a statement is. */
    enum Kind { KEY_VALUE, TABLE, ARRAY_TABLE }

    /**
     * One statement.
     *
     * @param kind       key/value or header
     * @param table      the header path the statement is under (for a header: its own path)
     * @param key        for a key/value: its (dotted) key; for a header: empty
     * @param lines      the whole lines of the statement, line breaks included
     * @param keyRange   the key's text (for a header: the path between the brackets)
     * @param valueRange the value's text (for a header: the header line without its break)
     * @param arrayIndex for statements under {@code [[x]]}: which element of x (0-based), else -1
     */
    record Statement(Kind kind, List<String> table, List<String> key, TextRange lines, TextRange keyRange,
                     TextRange valueRange, int arrayIndex) {

        /** The full key path: the table path and the key. */
        List<String> path() {
            List<String> path = new ArrayList<>(table);
            path.addAll(key);
            return path;
        }

        boolean isHeader() {
            return kind != Kind.KEY_VALUE;
        }
    }

    private final String text;
    private final int end;
    private final List<Statement> statements = new ArrayList<>();
    private List<String> table = List.of();
    private int arrayIndex = -1;
    private final java.util.Map<List<String>, Integer> arrayCounts = new java.util.HashMap<>();

    private TomlLayout(String text, int end) {
        this.text = text;
        this.end = end;
    }

    /** The statements of the TOML in {@code content} of {@code text}, in order. */
    static List<Statement> scan(String text, TextRange content) {
        TomlLayout layout = new TomlLayout(text, content.end());
        int p = content.start();
        while (p < layout.end) {
            p = layout.statement(p);
        }
        return layout.statements;
    }

    private int statement(int lineStart) {
        int p = skipSpaces(lineStart);
        if (p >= end || isBreak(text.charAt(p)) || text.charAt(p) == '#') {
            return nextLine(p);
        }
        if (text.startsWith("[[", p)) {
            return header(lineStart, p, true);
        }
        if (text.charAt(p) == '[') {
            return header(lineStart, p, false);
        }
        return keyValue(lineStart, p);
    }

    private int header(int lineStart, int open, boolean array) {
        int keyStart = open + (array ? 2 : 1);
        List<String> path = new ArrayList<>();
        int p = keys(keyStart, path);
        String close = array ? "]]" : "]";
        if (p < 0 || !text.startsWith(close, p)) {
            return nextLine(open);
        }
        int lineEnd = lineEnd(p);
        table = List.copyOf(path);
        if (array) {
            arrayIndex = arrayCounts.merge(table, 1, Integer::sum) - 1;
        } else {
            arrayIndex = -1;
        }
        statements.add(new Statement(array ? Kind.ARRAY_TABLE : Kind.TABLE, table, List.of(),
                TextRange.of(lineStart, nextLine(lineEnd)), TextRange.of(keyStart, p),
                TextRange.of(open, lineEnd), arrayIndex));
        return nextLine(lineEnd);
    }

    private int keyValue(int lineStart, int keyStart) {
        List<String> key = new ArrayList<>();
        int p = keys(keyStart, key);
        if (p < 0 || p >= end || text.charAt(p) != '=') {
            return nextLine(keyStart);
        }
        int keyEnd = trimBack(keyStart, p);
        int valueStart = skipSpaces(p + 1);
        int valueEnd = TomlValueScanner.valueEnd(text, valueStart, end);
        statements.add(new Statement(Kind.KEY_VALUE, table, List.copyOf(key), TextRange.of(lineStart,
                nextLine(lineEnd(valueEnd))), TextRange.of(keyStart, keyEnd), TextRange.of(valueStart, valueEnd),
                arrayIndex));
        return nextLine(lineEnd(valueEnd));
    }

    /** Reads a dotted key into {@code out}; returns the offset after it (and its trailing spaces), or -1. */
    private int keys(int from, List<String> out) {
        int p = skipSpaces(from);
        while (p < end) {
            int partEnd = TomlValueScanner.keyPartEnd(text, p, end);
            if (partEnd <= p) {
                return -1;
            }
            out.add(TomlValueScanner.unquoteKey(text.substring(p, partEnd)));
            p = skipSpaces(partEnd);
            if (p < end && text.charAt(p) == '.') {
                p = skipSpaces(p + 1);
            } else {
                return p;
            }
        }
        return -1;
    }

    private int trimBack(int start, int p) {
        int e = p;
        while (e > start && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
            e--;
        }
        return e;
    }

    private int skipSpaces(int from) {
        int p = from;
        while (p < end && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    private int lineEnd(int from) {
        int p = from;
        while (p < end && !isBreak(text.charAt(p))) {
            p++;
        }
        return p;
    }

    private int nextLine(int from) {
        int p = lineEnd(from);
        return Math.min(end, FrontMatterLocator.afterBreak(text, p));
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
