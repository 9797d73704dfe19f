package io.recapstudio.core.frontmatter;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/** Reads YAML front matter: the node tree with positions, the values, and each top-level key's lines. */
final class YamlReader {

    private YamlReader() {
    }

    static FrontMatter read(String text, FrontMatterBlock block) {
        TextRange content = block.content();
        LineIndex lines = FrontMatter.linesOf(text, block);
        YamlNode root;
        try {
            root = YamlTreeBuilder.build(text, content.start(), content.end());
        } catch (MarkedYAMLException e) {
            return failed(text, block, lines, offsetOf(text, content, e), describe(e, text, content, lines));
        } catch (ReaderException e) {
            int offset = content.start() + codePointToChar(text, content, e.getPosition());
            return failed(text, block, lines, offset, "it contains a character YAML does not allow (U+"
                    + String.format("%04X", e.getCodePoint()) + ")");
        } catch (YamlTreeBuilder.MultipleDocumentsException e) {
            return failed(text, block, lines, e.offset(), "it holds a second YAML document");
        } catch (YAMLException e) {
            return failed(text, block, lines, content.start(), e.getMessage());
        }
        if (root == null || (root instanceof YamlNode.Scalar s && s.value().isEmpty()
                && s.tag().endsWith(":null"))) {
            return new FrontMatter(text, block, List.of(), List.of(), new YamlLayout(null));
        }
        if (!(root instanceof YamlNode.Map map)) {
            return failed(text, block, lines, root.start(), "it is not a list of 'key: value' lines");
        }
        try {
            List<FrontMatterEntry> entries = entries(text, lines, map);
            List<Diagnostic> diagnostics = new ArrayList<>();
            duplicateKeys(map, lines, diagnostics);
            return new FrontMatter(text, block, entries, diagnostics, new YamlLayout(map));
        } catch (YamlValues.UndefinedAliasException e) {
            return failed(text, block, lines, e.alias().start(), "the alias *" + e.alias().anchor()
                    + " refers to no anchor defined before it");
        }
    }

    private static List<FrontMatterEntry> entries(String text, LineIndex lines, YamlNode.Map map) {
        YamlValues values = new YamlValues();
        List<FrontMatterEntry> entries = new ArrayList<>();
        for (YamlNode.Pair pair : map.pairs()) {
            Object value = values.value(pair.value());
            String key = String.valueOf(values.value(pair.keyNode()));
            entries.add(new FrontMatterEntry(key, value, entryLines(text, lines, map, pair),
                    TextRange.of(pair.keyNode().start(), pair.keyNode().contentEnd()),
                    TextRange.of(pair.value().start(), Math.max(pair.value().start(), pair.value().contentEnd()))));
        }
        return entries;
    }

    /** The whole lines of a block mapping's pair; for a flow mapping, the pair's own text. */
    static TextRange entryLines(String text, LineIndex lines, YamlNode.Map map, YamlNode.Pair pair) {
        int start = pair.keyNode().start();
        int end = Math.max(pair.contentEnd(), start + 1);
        if (map.flow()) {
            return TextRange.of(start, end);
        }
        int first = lines.line(start);
        int last = lines.line(Math.min(end - 1, text.length()));
        return TextRange.of(lines.lineStart(first), lineEndWithBreak(text, lines, last));
    }

    static int lineEndWithBreak(String text, LineIndex lines, int line) {
        return line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
    }

    private static void duplicateKeys(YamlNode.Map map, LineIndex lines, List<Diagnostic> out) {
        Set<String> seen = new HashSet<>();
        for (YamlNode.Pair pair : map.pairs()) {
            String key = pair.keyText();
            if (!seen.add(FrontMatter.fold(key))) {
                out.add(Diagnostic.at(lines, TextRange.of(pair.keyNode().start(), pair.keyNode().contentEnd()),
                        Severity.WARNING, FrontMatter.DUPLICATE_KEY_RULE, "The key '" + key + "' appears more than "
                                + "once (Hugo ignores case in keys); only one of them takes effect. Remove the "
                                + "other."));
            }
            if (pair.value() instanceof YamlNode.Map child && !child.flow()) {
                duplicateKeys(child, lines, out);
            }
        }
    }

    private static FrontMatter failed(String text, FrontMatterBlock block, LineIndex lines, int offset,
                                      String problem) {
        int at = Math.max(block.content().start(), Math.min(offset, text.length()));
        Diagnostic d = Diagnostic.at(lines, TextRange.empty(at), Severity.ERROR, FrontMatter.SYNTAX_RULE,
                "The YAML front matter cannot be read here: " + problem + ". Fix the YAML; Hugo will not build "
                        + "the post until then. The text is kept as it is.");
        return new FrontMatter(text, block, List.of(), List.of(d), null);
    }

    private static int offsetOf(String text, TextRange content, MarkedYAMLException e) {
        Mark mark = unclosedFlow(e) ? e.getContextMark() : e.getProblemMark();
        if (mark == null) {
            mark = e.getContextMark();
        }
        if (mark == null) {
            return content.start();
        }
        int contentCodePoints = content.of(text).codePointCount(0, content.length());
        if (mark.getIndex() >= contentCodePoints && e.getContextMark() != null) {
            // "expected ']' but got <stream end>": the place to fix is where the open construct started.
            mark = e.getContextMark();
        }
        return content.start() + codePointToChar(text, content, mark.getIndex());
    }

    /** A flow list or map that never closes: reported where it opens, which is where the fix goes. */
    private static boolean unclosedFlow(MarkedYAMLException e) {
        return e.getContextMark() != null && e.getContext() != null && e.getContext().contains("flow")
                && e.getProblem() != null && e.getProblem().startsWith("expected ',' or");
    }

    private static int codePointToChar(String text, TextRange content, int codePointIndex) {
        int[] offsets = YamlTreeBuilder.codePointOffsets(content.of(text));
        if (offsets == null) {
            return Math.min(codePointIndex, content.length());
        }
        return offsets[Math.max(0, Math.min(codePointIndex, offsets.length - 1))];
    }

    private static String describe(MarkedYAMLException e, String text, TextRange content, LineIndex lines) {
        String problem = e.getProblem() != null ? e.getProblem() : "syntax error";
        if (unclosedFlow(e) && e.getProblemMark() != null) {
            String kind = e.getContext().contains("sequence") ? "list" : "map";
            LineIndex.Position at = lines.position(content.start()
                    + codePointToChar(text, content, e.getProblemMark().getIndex()));
            return "the " + kind + " that opens here is not closed (" + problem.replace(" but got", ", found")
                    + " at line " + at.line() + ", column " + at.column() + ")";
        }
        String context = e.getContext();
        return context == null ? problem : problem + " (" + context + ")";
    }

    /** What the editor needs of a YAML block: the root mapping, or null for an empty block. */
    record YamlLayout(YamlNode.Map root) {
    }
}
