package io.recapstudio.core.frontmatter;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;

/**
 * The bounds every YAML, TOML and JSON document is read within: front matter here, and the site's config, catalog
 * and schema files through {@code core.site.DataParser}. A hostile post (an alias "billion laughs", a merge-key
 * bomb, 10,000 nested brackets, a TOML array of a million items) is refused with a message before it costs more
 * than a few milliseconds and megabytes; no real post or config comes near these numbers.
 */
public final class ParseLimits {

    /**
     * Maps and lists nested deeper than this, the top-level map counted as the first level, are refused (real front
     * matter and configs nest fewer than 10).
     */
    public static final int MAX_DEPTH = 100;
    /** Values (scalars, maps and lists, counted after aliases and merge keys are expanded) in one document. */
    public static final int MAX_VALUES = 20_000;
    /** Aliases ({@code *name}) in one YAML document. */
    public static final int MAX_ALIASES = 1_000;
    /** Characters of one front matter block, or of one config or data file. */
    public static final int MAX_CHARS = 1 << 20;

    private ParseLimits() {
    }

    /** "the front matter nests deeper than 100 levels" and the rest, with {@code subject} as what is read. */
    public static String tooDeep(String subject) {
        return subject + " nests maps or lists deeper than " + MAX_DEPTH + " levels, more than this app reads";
    }

    /** The message for a document with more than {@link #MAX_VALUES} values. */
    public static String tooManyValues(String subject) {
        return subject + " holds more than " + String.format(Locale.ROOT, "%,d", MAX_VALUES) + " values (counting "
                + "what its aliases and merge keys repeat), more than this app reads";
    }

    /** The message for a YAML document with more than {@link #MAX_ALIASES} aliases. */
    public static String tooManyAliases(String subject) {
        return subject + " uses more than " + String.format(Locale.ROOT, "%,d", MAX_ALIASES) + " aliases (*name), "
                + "more than this app reads";
    }

    /** The message for a document of {@code chars} characters, over {@link #MAX_CHARS}. */
    public static String tooLarge(String subject, int chars) {
        return subject + " is " + String.format(Locale.ROOT, "%.1f", chars / 1_048_576.0) + " MB, more than the "
                + MAX_CHARS / 1_048_576 + " MB this app reads";
    }

    /**
     * Checks a tree of parsed values ({@link Map}s, {@link Collection}s and scalars) against {@link #MAX_DEPTH} and
     * {@link #MAX_VALUES} without recursion, counting a value reached twice (a shared alias) twice, as a reader that
     * walks it will.
     *
     * @return the message naming {@code subject} when a limit is passed, or null
     */
    public static String checkTree(Object root, String subject) {
        Deque<Object> values = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        values.push(root == null ? "" : root);
        depths.push(1);
        long count = 0;
        while (!values.isEmpty()) {
            Object value = values.pop();
            int depth = depths.pop();
            if (++count > MAX_VALUES) {
                return tooManyValues(subject);
            }
            Collection<?> children = value instanceof Map<?, ?> map ? map.values()
                    : value instanceof Collection<?> list ? list : null;
            if (children == null) {
                continue;
            }
            if (depth > MAX_DEPTH) {
                return tooDeep(subject);
            }
            for (Object child : children) {
                values.push(child == null ? "" : child);
                depths.push(depth + 1);
            }
            if (values.size() > MAX_VALUES) {
                return tooManyValues(subject);
            }
        }
        return null;
    }

    /** A document over one of the limits, at {@code offset} of the text being read (-1 when unknown). */
    public static final class LimitException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int offset;

        public LimitException(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }

        /** Where in the text the limit was reached, or -1. */
        public int offset() {
            return offset;
        }
    }
}
