package io.recapstudio.core.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.block.BlockPreProcessor;
import com.vladsch.flexmark.parser.block.BlockPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading ids as Hugo makes them with its default {@code github} auto-ID style: from the heading's last raw source
 * line, lower-cased letters, digits and underscores kept, each space or hyphen a hyphen, everything else dropped;
 * an empty id becomes {@code heading}; repeats get {@code -1}, {@code -2}, … A trailing attribute block
 * ({@code {#id .class key=value}}, Goldmark's heading attributes) sets the id and extra attributes instead.
 */
final class HeadingIds {

    /**
     * The id of one heading and its other attributes, in source order.
     *
     * @param base   the id before a repeat got its {@code -1}, {@code -2}: the custom id, or the sanitized line
     * @param custom true when the heading wrote its own {@code {#id}}
     */
    record HeadingId(String id, Map<String, String> attributes, String base, boolean custom) {
    }

    private static final Pattern ATTRIBUTE_BLOCK = Pattern.compile(
            "\\{\\s*((?:[#.][\\w-]+|[\\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\\s}\"']+))(?:\\s+(?:[#.][\\w-]+|[\\w-]+="
                    + "(?:\"[^\"]*\"|'[^']*'|[^\\s}\"']+)))*)\\s*}\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([#.])([\\w-]+)|([\\w-]+)=(?:\"([^\"]*)\"|'([^']*)'|([^\\s}\"']+))");

    private HeadingIds() {
    }

    /**
     * The ids a page has handed out. Finding the next free {@code base-n} starts where the last search for that
     * base stopped (every smaller n is known to be taken), so repeated headings cost linear time, not quadratic.
     */
    static final class Used {
        private final Set<String> ids = new HashSet<>();
        private final Map<String, Integer> nextSuffix = new HashMap<>();

        /** {@code base}, or {@code base-1}, {@code base-2}, … the first one not yet used; now used. */
        String claimUnique(String base) {
            if (ids.add(base)) {
                return base;
            }
            int n = nextSuffix.getOrDefault(base, 1);
            while (ids.contains(base + "-" + n)) {
                n++;
            }
            nextSuffix.put(base, n + 1);
            String id = base + "-" + n;
            ids.add(id);
            return id;
        }

        /** Marks {@code id} used as it is (a heading's own {@code {#id}}). */
        void claim(String id) {
            ids.add(id);
        }
    }

    /** Ids for every heading of {@code document}, in document order, as Goldmark's parser hands them out. */
    static Map<Heading, HeadingId> assign(Document document) {
        Map<Heading, HeadingId> ids = new IdentityHashMap<>();
        assign(document, ids, new Used());
        return ids;
    }

    private static void assign(Node parent, Map<Heading, HeadingId> ids, Used used) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                ids.put(heading, idOf(heading, used));
            } else if (node instanceof Block && !(node instanceof Paragraph) && node.hasChildren()) {
                assign(node, ids, used); // headings live in block containers (quotes, lists), never in inlines
            }
        }
    }

    private static HeadingId idOf(Heading heading, Used used) {
        Map<String, String> attributes = attributesOf(heading);
        String custom = attributes.remove("id");
        if (custom != null) {
            used.claim(custom);
            return new HeadingId(custom, attributes, custom, true);
        }
        String text = heading.getText().toString();
        String base = githubId(text.substring(text.lastIndexOf('\n') + 1));
        return new HeadingId(used.claimUnique(base), attributes, base, false);
    }

    /** Hugo's {@code github} sanitizer for one line of heading source. */
    static String githubId(String line) {
        StringBuilder id = new StringBuilder();
        line.strip().codePoints().forEach(c -> {
            if (c == '-' || c == ' ' || c == '\t') {
                id.append('-');
            } else if (c == '_' || Character.isLetter(c) || Character.isDigit(c)) {
                id.appendCodePoint(Character.toLowerCase(c));
            }
        });
        return id.length() == 0 ? "heading" : id.toString();
    }

    /** The attributes written after the heading text, which {@link AttributeStripper} cut from the text. */
    private static Map<String, String> attributesOf(Heading heading) {
        BasedSequence chars = heading.getChars();
        int from = heading.getText().getEndOffset();
        String rest = chars.getBaseSequence().subSequence(from, chars.getEndOffset()).toString();
        int lineEnd = rest.indexOf('\n');
        Matcher block = ATTRIBUTE_BLOCK.matcher(lineEnd < 0 ? rest : rest.substring(0, lineEnd));
        Map<String, String> attributes = new LinkedHashMap<>();
        if (!block.find()) {
            return attributes;
        }
        Matcher attribute = ATTRIBUTE.matcher(block.group(1));
        while (attribute.find()) {
            if ("#".equals(attribute.group(1))) {
                attributes.put("id", attribute.group(2));
            } else if (".".equals(attribute.group(1))) {
                attributes.merge("class", attribute.group(2), (a, b) -> a + " " + b);
            } else {
                String value = attribute.group(4) != null ? attribute.group(4)
                        : attribute.group(5) != null ? attribute.group(5) : attribute.group(6);
                attributes.put(attribute.group(3), value);
            }
        }
        return attributes;
    }

    /** Cuts a trailing attribute block from each heading's text before inline parsing. */
    static final class AttributeStripper implements BlockPreProcessorFactory {

        @Override
        public Set<Class<? extends Block>> getBlockTypes() {
            return Set.of(Heading.class);
        }

        @Override
        public BlockPreProcessor apply(ParserState state) {
            return (parserState, block) -> {
                Heading heading = (Heading) block;
                BasedSequence text = heading.getText();
                Matcher matcher = ATTRIBUTE_BLOCK.matcher(text);
                if (matcher.find() && text.lastIndexOf('\n') < matcher.start()) {
                    heading.setText(text.subSequence(0, matcher.start()).trimEnd());
                }
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
