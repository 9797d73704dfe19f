package io.recapstudio.core.frontmatter;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a {@link YamlNode} tree into plain Java values the way Hugo's YAML 1.1 reader sees them: {@code yes}/{@code no}
 * are booleans, unquoted timestamps are {@link FrontMatterDate}s, anchors and aliases and {@code <<} merge keys are
 * resolved. Unknown tags give the scalar's text.
 */
final class YamlValues {

    private static final ScalarConstructor SCALARS = new ScalarConstructor();

    private final Map<String, YamlNode> anchors = new HashMap<>();
    private final Set<YamlNode> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private int values;
    private int depth;
    private int aliasDepth;

    /** A reference to an anchor that is not defined before it. */
    static final class UndefinedAliasException extends RuntimeException {
        private final YamlNode.Alias alias;

        UndefinedAliasException(YamlNode.Alias alias) {
            super("undefined alias *" + alias.anchor(), null, false, false);
            this.alias = alias;
        }

        YamlNode.Alias alias() {
            return alias;
        }
    }

    Object value(YamlNode node) {
        if (node == null) {
            return null;
        }
        count(1, node);
        remember(node);
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar(scalar);
        }
        if (node instanceof YamlNode.Alias alias) {
            return alias(alias);
        }
        if (node instanceof YamlNode.Map map) {
            return map(map);
        }
        return seq((YamlNode.Seq) node);
    }

    /** Counts values made, aliases and merge keys expanded included, against {@link ParseLimits#MAX_VALUES}. */
    private void count(int made, YamlNode at) {
        values += made;
        if (values > ParseLimits.MAX_VALUES) {
            throw new ParseLimits.LimitException(ParseLimits.tooManyValues("it"), at.start());
        }
    }

    private void enter(YamlNode collection) {
        if (++depth > ParseLimits.MAX_DEPTH) {
            throw new ParseLimits.LimitException(ParseLimits.tooDeep("it"), collection.start());
        }
        inProgress.add(collection);
    }

    private void leave(YamlNode collection) {
        depth--;
        inProgress.remove(collection);
    }

    private void remember(YamlNode node) {
        String anchor = YamlNode.anchorOf(node);
        if (anchor != null) {
            anchors.put(anchor, node);
        }
    }

    private Object alias(YamlNode.Alias alias) {
        YamlNode target = anchors.get(alias.anchor());
        if (target == null || inProgress.contains(target)) {
            throw new UndefinedAliasException(alias);
        }
        inProgress.add(target);
        aliasDepth++;
        try {
            return value(target);
        } catch (ParseLimits.LimitException e) {
            // Reported at the alias the document's own lines expand, not somewhere inside the anchor it repeats.
            throw aliasDepth == 1 ? new ParseLimits.LimitException(e.getMessage(), alias.start()) : e;
        } finally {
            aliasDepth--;
            inProgress.remove(target);
        }
    }

    private Map<String, Object> map(YamlNode.Map map) {
        enter(map);
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> merges = new ArrayList<>();
        for (YamlNode.Pair pair : map.pairs()) {
            Object key = value(pair.keyNode());
            Object value = value(pair.value());
            if ("<<".equals(key) && pair.key() != null && Tag.MERGE.getValue().equals(pair.key().tag())) {
                merges.add(value);
            } else {
                out.put(String.valueOf(key), value);
            }
        }
        for (Object merge : merges) {
            mergeInto(out, merge, map);
        }
        leave(map);
        return out;
    }

    @SuppressWarnings("unchecked")
    private void mergeInto(Map<String, Object> out, Object merge, YamlNode.Map at) {
        if (merge instanceof Map<?, ?> source) {
            count(source.size(), at);
            ((Map<String, Object>) source).forEach(out::putIfAbsent);
        } else if (merge instanceof List<?> list) {
            count(list.size(), at);
            for (Object item : list) {
                if (item instanceof Map<?, ?>) {
                    mergeInto(out, item, at);
                }
            }
        }
    }

    private List<Object> seq(YamlNode.Seq seq) {
        enter(seq);
        List<Object> out = new ArrayList<>(seq.items().size());
        for (YamlNode item : seq.items()) {
            out.add(value(item));
        }
        leave(seq);
        return out;
    }

    static Object scalar(YamlNode.Scalar scalar) {
        String tag = scalar.tag();
        String value = scalar.value();
        if (Tag.STR.getValue().equals(tag)) {
            return value;
        }
        if (Tag.NULL.getValue().equals(tag)) {
            return null;
        }
        if (Tag.TIMESTAMP.getValue().equals(tag)) {
            return FrontMatterDate.parse(value).<Object>map(d -> d).orElse(value);
        }
        if (Tag.BOOL.getValue().equals(tag) || Tag.INT.getValue().equals(tag) || Tag.FLOAT.getValue().equals(tag)) {
            try {
                return normalizeNumber(SCALARS.construct(new Tag(tag), value));
            } catch (RuntimeException e) {
                return value;
            }
        }
        return value;
    }

    private static Object normalizeNumber(Object value) {
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        return value;
    }

    /** SnakeYAML's own YAML 1.1 rules for booleans, integers and floats. */
    private static final class ScalarConstructor extends SafeConstructor {
        ScalarConstructor() {
            super(new LoaderOptions());
        }

        synchronized Object construct(Tag tag, String value) {
            return constructObject(new ScalarNode(tag, value, null, null, DumperOptions.ScalarStyle.PLAIN));
        }
    }
}
