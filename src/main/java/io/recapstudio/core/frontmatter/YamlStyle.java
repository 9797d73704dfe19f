package io.recapstudio.core.frontmatter;

import io.recapstudio.core.text.LineIndex;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;

/**
 * The conventions a YAML front matter block already follows, so that new text looks like the rest of the file:
 * indentation of nested maps and of block lists, flow or block lists, the quote character, the date style, the line
 * break.
 *
 * @param indentUnit  columns a nested map is indented by
 * @param seqIndent   columns a block list's dash is indented from its key (0 for {@code key:\n- item})
 * @param flowLists   true when lists of plain values are written {@code [a, b]}
 * @param flowPadding true when flow lists are written {@code [ a, b ]}
 * @param quote       the quote character for strings that need quotes
 * @param dateStyle   how dates are written, or null when the file has none
 * @param dateQuote   the quoting of dates ({@code PLAIN}, {@code SINGLE_QUOTED}, {@code DOUBLE_QUOTED})
 * @param lineEnding  the line break
 */
record YamlStyle(int indentUnit, int seqIndent, boolean flowLists, boolean flowPadding, char quote,
                 DateStyle dateStyle, ScalarStyle dateQuote, String lineEnding) {

    private static final Set<String> DATE_KEYS = Set.of("date", "lastmod", "publishdate", "expirydate");

    static YamlStyle infer(String text, LineIndex lines, YamlNode.Map root, String lineEnding) {
        Inference inference = new Inference(text, lines);
        if (root != null) {
            inference.map(root);
        }
        return new YamlStyle(inference.indentUnit > 0 ? inference.indentUnit : 2,
                inference.seqIndent >= 0 ? inference.seqIndent : 2,
                inference.blockLists <= inference.flowLists, inference.flowPadding,
                inference.singleQuoted > inference.doubleQuoted ? '\'' : '"',
                inference.dateStyle, inference.dateQuote, lineEnding);
    }

    String indent(int columns) {
        return " ".repeat(Math.max(0, columns));
    }

    /** Walks the tree once, remembering the first example of each convention. */
    private static final class Inference {
        private final String text;
        private final LineIndex lines;
        int indentUnit = -1;
        int seqIndent = -1;
        int flowLists;
        int blockLists;
        boolean flowPadding;
        boolean flowPaddingSeen;
        int singleQuoted;
        int doubleQuoted;
        DateStyle dateStyle;
        ScalarStyle dateQuote = ScalarStyle.PLAIN;
        boolean dateFromDateKey;

        Inference(String text, LineIndex lines) {
            this.text = text;
            this.lines = lines;
        }

        int column(int offset) {
            return lines.column(offset) - 1;
        }

        void map(YamlNode.Map map) {
            for (YamlNode.Pair pair : map.pairs()) {
                YamlNode value = pair.value();
                if (!map.flow() && value instanceof YamlNode.Map child && !child.flow() && !child.pairs().isEmpty()
                        && indentUnit < 0) {
                    int unit = column(child.start()) - column(pair.keyNode().start());
                    indentUnit = unit > 0 ? unit : indentUnit;
                }
                if (!map.flow() && value instanceof YamlNode.Seq seq && !seq.flow() && seqIndent < 0
                        && lines.line(seq.start()) > lines.line(pair.keyNode().start())) {
                    seqIndent = Math.max(0, column(seq.start()) - column(pair.keyNode().start()));
                }
                if (value instanceof YamlNode.Scalar scalar && pair.key() != null) {
                    date(pair.key().value(), scalar);
                }
                node(value);
            }
        }

        void node(YamlNode node) {
            if (node instanceof YamlNode.Map map) {
                map(map);
            } else if (node instanceof YamlNode.Seq seq) {
                seq(seq);
            } else if (node instanceof YamlNode.Scalar scalar) {
                if (scalar.style() == ScalarStyle.SINGLE_QUOTED) {
                    singleQuoted++;
                } else if (scalar.style() == ScalarStyle.DOUBLE_QUOTED) {
                    doubleQuoted++;
                }
            }
        }

        void seq(YamlNode.Seq seq) {
            boolean scalarsOnly = seq.items().stream().allMatch(i -> i instanceof YamlNode.Scalar);
            if (scalarsOnly && !seq.items().isEmpty()) {
                if (seq.flow()) {
                    flowLists++;
                    if (!flowPaddingSeen && seq.start() + 1 < text.length()) {
                        flowPaddingSeen = true;
                        flowPadding = text.charAt(seq.start() + 1) == ' ';
                    }
                } else {
                    blockLists++;
                }
            }
            seq.items().forEach(this::node);
        }

        void date(String key, YamlNode.Scalar scalar) {
            boolean dateKey = DATE_KEYS.contains(FrontMatter.fold(key));
            if (dateFromDateKey || (dateStyle != null && !dateKey) || scalar.isBlock()) {
                return;
            }
            FrontMatterDate.parse(scalar.value()).ifPresent(date -> {
                dateStyle = date.style();
                dateQuote = scalar.style();
                dateFromDateKey = dateKey;
            });
        }
    }
}
