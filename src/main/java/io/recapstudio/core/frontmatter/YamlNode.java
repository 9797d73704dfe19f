package io.recapstudio.core.frontmatter;

import java.util.List;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;

/**
 * A YAML node with its place in the post's text, built from SnakeYAML's parse events (whose marks are exact for
 * scalars, aliases and flow collections). Offsets are UTF-16 offsets into the whole post text.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Alias, YamlNode.Map, YamlNode.Seq {

    /** Offset of the node's first character (its anchor or tag, if it has one). */
    int start();

    /**
     * Offset just past the node's last non-blank character; for a block scalar with the keep indicator, past the line
     * break of its last (blank) line.
     */
    int contentEnd();

    /** The anchor ({@code &name}) the node defines, or null. */
    static String anchorOf(YamlNode node) {
        if (node instanceof Scalar s) {
            return s.anchor();
        }
        if (node instanceof Map m) {
            return m.anchor();
        }
        return node instanceof Seq s ? s.anchor() : null;
    }

    /**
     * A scalar.
     *
     * @param tag   the resolved tag, e.g. {@code tag:yaml.org,2002:str}
     * @param style plain, quoted, literal or folded
     */
    record Scalar(int start, int end, String value, String tag, ScalarStyle style, String anchor)
            implements YamlNode {
        @Override
        public int contentEnd() {
            return end;
        }

        boolean isBlock() {
            return style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED;
        }

        /** A {@code key:} with nothing after it. */
        boolean isEmpty() {
            return start == end;
        }
    }

    /** An alias {@code *name}. */
    record Alias(int start, int end, String anchor) implements YamlNode {
        @Override
        public int contentEnd() {
            return end;
        }
    }

    /** One key and its value in a mapping. */
    record Pair(Scalar key, YamlNode keyNode, YamlNode value) {
        /** The key as text (the scalar's value, or the key node's text for a complex key). */
        String keyText() {
            return key == null ? "" : key.value();
        }

        int contentEnd() {
            return Math.max(keyNode.contentEnd(), value.contentEnd());
        }
    }

    /**
     * A mapping.
     *
     * @param end offset past the closing brace of a flow mapping; for a block mapping, the end of its last content
     */
    record Map(int start, int end, boolean flow, List<Pair> pairs, String anchor) implements YamlNode {
        @Override
        public int contentEnd() {
            return end;
        }
    }

    /** A sequence; {@code end} as for {@link Map}. */
    record Seq(int start, int end, boolean flow, List<YamlNode> items, String anchor) implements YamlNode {
        @Override
        public int contentEnd() {
            return end;
        }
    }
}
