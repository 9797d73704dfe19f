package io.recapstudio.core.frontmatter;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Builds the {@link YamlNode} tree of one YAML document from SnakeYAML's event stream, converting SnakeYAML's code
 * point indexes into UTF-16 offsets of the whole post. Parse errors surface as SnakeYAML's exceptions.
 */
final class YamlTreeBuilder {

    private static final Resolver RESOLVER = new Resolver();
    private static final java.util.regex.Pattern KEEP_HEADER = java.util.regex.Pattern.compile("[|>][1-9]?\\+");

    private final String text;
    private final int base;
    private final int[] charOffsetOfCodePoint;
    private Iterator<Event> events;
    private int depth;
    private int aliases;

    private YamlTreeBuilder(String text, int base, String content) {
        this.text = text;
        this.base = base;
        this.charOffsetOfCodePoint = codePointOffsets(content);
    }

    /**
     * The root node of the YAML in {@code text} between {@code from} and {@code to}, or null for an empty document.
     */
    static YamlNode build(String text, int from, int to) {
        String content = text.substring(from, to);
        YamlTreeBuilder builder = new YamlTreeBuilder(text, from, content);
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(false);
        options.setCodePointLimit(ParseLimits.MAX_CHARS);
        Parser parser = new ParserImpl(new StreamReader(new StringReader(content)), options);
        builder.events = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return parser.peekEvent() != null;
            }

            @Override
            public Event next() {
                return parser.getEvent();
            }
        };
        return builder.document();
    }

    private YamlNode document() {
        YamlNode root = null;
        boolean seenDocument = false;
        while (events.hasNext()) {
            Event event = events.next();
            if (event instanceof DocumentStartEvent) {
                if (seenDocument) {
                    throw new MultipleDocumentsException(offset(event.getStartMark()));
                }
                seenDocument = true;
                Event first = events.next();
                root = first instanceof DocumentEndEvent ? null : node(first);
            } else if (event instanceof StreamEndEvent) {
                break;
            }
        }
        return root;
    }

    private YamlNode node(Event event) {
        if (event instanceof ScalarEvent scalar) {
            return scalar(scalar);
        }
        if (event instanceof AliasEvent alias) {
            if (++aliases > ParseLimits.MAX_ALIASES) {
                throw new ParseLimits.LimitException(ParseLimits.tooManyAliases("it"), offset(alias.getStartMark()));
            }
            return new YamlNode.Alias(offset(alias.getStartMark()), offset(alias.getEndMark()), alias.getAnchor());
        }
        if (event instanceof CollectionStartEvent collection) {
            if (++depth > ParseLimits.MAX_DEPTH) {
                throw new ParseLimits.LimitException(ParseLimits.tooDeep("it"), offset(collection.getStartMark()));
            }
            try {
                return collection instanceof MappingStartEvent mapping ? mapping(mapping)
                        : sequence((SequenceStartEvent) collection);
            } finally {
                depth--;
            }
        }
        throw new IllegalStateException("unexpected YAML event " + event);
    }

    private YamlNode.Scalar scalar(ScalarEvent event) {
        String tag = event.getTag();
        String resolved;
        if (tag == null || "!".equals(tag)) {
            boolean plain = event.getScalarStyle() == ScalarStyle.PLAIN && tag == null;
            resolved = plain ? RESOLVER.resolve(NodeId.scalar, event.getValue(), true).getValue() : Tag.STR.getValue();
        } else {
            resolved = tag;
        }
        int start = offset(event.getStartMark());
        int end = offset(event.getEndMark());
        boolean block = event.getScalarStyle() == ScalarStyle.LITERAL || event.getScalarStyle() == ScalarStyle.FOLDED;
        if (block && !keepsTrailingLines(start)) {
            end = trimTrailingSpace(start, end);
        }
        return new YamlNode.Scalar(start, end, event.getValue(), resolved, event.getScalarStyle(), event.getAnchor());
    }

    private YamlNode.Map mapping(MappingStartEvent start) {
        boolean flow = isFlow(start);
        List<YamlNode.Pair> pairs = new ArrayList<>();
        int contentEnd = offset(start.getEndMark());
        while (true) {
            Event event = events.next();
            if (event instanceof MappingEndEvent) {
                int end = flow ? offset(event.getEndMark()) : contentEnd;
                return new YamlNode.Map(offset(start.getStartMark()), end, flow, pairs, start.getAnchor());
            }
            YamlNode key = node(event);
            YamlNode value = node(events.next());
            pairs.add(new YamlNode.Pair(key instanceof YamlNode.Scalar s ? s : null, key, value));
            contentEnd = Math.max(contentEnd, Math.max(key.contentEnd(), value.contentEnd()));
        }
    }

    private YamlNode.Seq sequence(SequenceStartEvent start) {
        boolean flow = isFlow(start);
        List<YamlNode> items = new ArrayList<>();
        int contentEnd = offset(start.getEndMark());
        while (true) {
            Event event = events.next();
            if (event instanceof SequenceEndEvent) {
                int end = flow ? offset(event.getEndMark()) : contentEnd;
                return new YamlNode.Seq(offset(start.getStartMark()), end, flow, items, start.getAnchor());
            }
            YamlNode item = node(event);
            items.add(item);
            contentEnd = Math.max(contentEnd, item.contentEnd());
        }
    }

    private static boolean isFlow(CollectionStartEvent event) {
        return event.isFlow();
    }

    /** True for a block scalar with the keep indicator ({@code |+}), whose trailing blank lines are its content. */
    private boolean keepsTrailingLines(int start) {
        int lineEnd = start;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        return KEEP_HEADER.matcher(text.substring(start, lineEnd)).find();
    }

    private int trimTrailingSpace(int start, int end) {
        int e = end;
        while (e > start + 1 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private int offset(Mark mark) {
        return base + charOffset(mark.getIndex());
    }

    int charOffset(int codePointIndex) {
        if (charOffsetOfCodePoint == null) {
            return codePointIndex;
        }
        int clamped = Math.max(0, Math.min(codePointIndex, charOffsetOfCodePoint.length - 1));
        return charOffsetOfCodePoint[clamped];
    }

    /** Char offset of each code point index, or null when the two are the same (no characters beyond U+FFFF). */
    static int[] codePointOffsets(String content) {
        int count = content.codePointCount(0, content.length());
        if (count == content.length()) {
            return null;
        }
        int[] offsets = new int[count + 1];
        int charIndex = 0;
        for (int i = 0; i < count; i++) {
            offsets[i] = charIndex;
            charIndex += Character.charCount(content.codePointAt(charIndex));
        }
        offsets[count] = content.length();
        return offsets;
    }

    /** A second YAML document inside the front matter (a {@code ---} line Hugo would have ended the block at). */
    static final class MultipleDocumentsException extends RuntimeException {
        private final int offset;

        MultipleDocumentsException(int offset) {
            super("more than one YAML document", null, false, false);
            this.offset = offset;
        }

        int offset() {
            return offset;
        }
    }
}
