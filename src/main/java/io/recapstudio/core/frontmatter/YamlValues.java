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
        try {
            return value(target);
        } finally {
            inProgress.remove(target);
        }
    }

    private Map<String, Object> map(YamlNode.Map map) {
        inProgress.add(map);
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
            mergeInto(out, merge);
        }
        inProgress.remove(map);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void mergeInto(Map<String, Object> out, Object merge) {
        if (merge instanceof Map<?, ?> source) {
            ((Map<String, Object>) source).forEach(out::putIfAbsent);
        } else if (merge instanceof List<?> list) {
            for (Object item : list) {
                mergeInto(out, item);
            }
        }
    }

    private List<Object> seq(YamlNode.Seq seq) {
        inProgress.add(seq);
        List<Object> out = new ArrayList<>(seq.items().size());
        for (YamlNode item : seq.items()) {
            out.add(value(item));
        }
        inProgress.remove(seq);
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
