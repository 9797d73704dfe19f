package io.recapstudio.core.site.archetype;

import io.recapstudio.core.site.SiteDateStyle;
import io.recapstudio.core.site.GoTimeFormat;
import io.recapstudio.core.site.Slugs;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The template functions archetypes commonly call, with Hugo's argument order: {@code replace}, {@code replaceRE},
 * {@code title}, {@code lower}, {@code upper}, {@code humanize}, {@code urlize}, {@code trim}, {@code strings.*},
 * {@code now}, {@code dateFormat}, {@code time.Format}, {@code time}, {@code printf}, {@code print}, {@code default},
 * {@code eq}, {@code ne}, {@code not}, {@code and}, {@code or}, {@code index}, {@code path.Base}, {@code path.Dir},
 * {@code site}.
 */
final class TemplateFunctions {

    /** Thrown for a wrong call; the evaluator adds file and line. */
    static final class CallException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CallException(String message) {
            super(message);
        }
    }

    private static final Set<String> AP_SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "in",
            "nor", "of", "off", "on", "or", "out", "per", "so", "the", "to", "up", "via", "vs", "yet");

    private final ZonedDateTime now;
    private final Object site;
    private final String titleCaseStyle;
    private final Map<String, Function<List<Object>, Object>> functions;

    TemplateFunctions(ZonedDateTime now, Object site, String titleCaseStyle) {
        this.now = now;
        this.site = site;
        this.titleCaseStyle = titleCaseStyle.toLowerCase(Locale.ROOT);
        this.functions = Map.ofEntries(
                Map.entry("replace", a -> replace(a)),
                Map.entry("strings.Replace", a -> replace(a)),
                Map.entry("replaceRE", a -> text(arg(a, 2, 3)).replaceAll(text(a.get(0)),
                        text(a.get(1)).replaceAll("\\$\\{(\\d+)}", "\\$$1"))),
                Map.entry("strings.ReplaceRE", a -> text(arg(a, 2, 3)).replaceAll(text(a.get(0)), text(a.get(1)))),
                Map.entry("title", a -> title(text(arg(a, 0, 1)))),
                Map.entry("strings.Title", a -> title(text(arg(a, 0, 1)))),
                Map.entry("lower", a -> text(arg(a, 0, 1)).toLowerCase(Locale.ROOT)),
                Map.entry("strings.ToLower", a -> text(arg(a, 0, 1)).toLowerCase(Locale.ROOT)),
                Map.entry("upper", a -> text(arg(a, 0, 1)).toUpperCase(Locale.ROOT)),
                Map.entry("strings.ToUpper", a -> text(arg(a, 0, 1)).toUpperCase(Locale.ROOT)),
                Map.entry("humanize", a -> humanize(text(arg(a, 0, 1)))),
                Map.entry("urlize", a -> Slugs.DEFAULT.urlize(text(arg(a, 0, 1)))),
                Map.entry("anchorize", a -> Slugs.DEFAULT.urlize(text(arg(a, 0, 1)))),
                Map.entry("trim", a -> trim(text(arg(a, 0, 2)), text(a.get(1)))),
                Map.entry("strings.Trim", a -> trim(text(arg(a, 0, 2)), text(a.get(1)))),
                Map.entry("strings.TrimSpace", a -> text(arg(a, 0, 1)).strip()),
                Map.entry("strings.TrimPrefix", a -> trimPrefix(text(arg(a, 1, 2)), text(a.get(0)))),
                Map.entry("strings.TrimSuffix", a -> trimSuffix(text(arg(a, 1, 2)), text(a.get(0)))),
                Map.entry("now", a -> noArgs(a, this.now)),
                Map.entry("time.Now", a -> noArgs(a, this.now)),
                Map.entry("dateFormat", a -> format(a)),
                Map.entry("time.Format", a -> format(a)),
                Map.entry("time", a -> time(arg(a, 0, 1))),
                Map.entry("time.AsTime", a -> time(arg(a, 0, 1))),
                Map.entry("printf", a -> printf(a)),
                Map.entry("fmt.Printf", a -> printf(a)),
                Map.entry("print", a -> a.stream().map(TemplateFunctions::text).collect(Collectors.joining())),
                Map.entry("default", a -> truthy(arg(a, 1, 2)) ? a.get(1) : a.get(0)),
                Map.entry("eq", a -> equal(arg(a, 0, 2), a.get(1))),
                Map.entry("ne", a -> !equal(arg(a, 0, 2), a.get(1))),
                Map.entry("not", a -> !truthy(arg(a, 0, 1))),
                Map.entry("and", a -> a.stream().filter(v -> !truthy(v)).findFirst().orElse(last(a))),
                Map.entry("or", a -> a.stream().filter(TemplateFunctions::truthy).findFirst().orElse(last(a))),
                Map.entry("index", a -> index(a)),
                Map.entry("path.Base", a -> base(text(arg(a, 0, 1)))),
                Map.entry("path.Dir", a -> dir(text(arg(a, 0, 1)))),
                Map.entry("site", a -> noArgs(a, this.site)));
    }

    boolean has(String name) {
        return functions.containsKey(name);
    }

    Object call(String name, List<Object> args) {
        return functions.get(name).apply(args);
    }

    private static Object arg(List<Object> args, int index, int count) {
        if (args.size() != count) {
            throw new CallException("expects " + count + " argument" + (count == 1 ? "" : "s") + ", got "
                    + args.size());
        }
        return args.get(index);
    }

    private static Object noArgs(List<Object> args, Object value) {
        if (!args.isEmpty()) {
            throw new CallException("takes no arguments");
        }
        return value;
    }

    private static Object last(List<Object> args) {
        if (args.isEmpty()) {
            throw new CallException("needs at least one argument");
        }
        return args.get(args.size() - 1);
    }

    private static Object replace(List<Object> a) {
        if (a.size() != 3 && a.size() != 4) {
            throw new CallException("expects INPUT OLD NEW [LIMIT]");
        }
        String input = text(a.get(0));
        String old = text(a.get(1));
        String replacement = text(a.get(2));
        if (a.size() == 3) {
            return input.replace(old, replacement);
        }
        int limit = Integer.parseInt(text(a.get(3)));
        String out = input;
        int from = 0;
        for (int n = 0; n < limit; n++) {
            int at = out.indexOf(old, from);
            if (at < 0) {
                break;
            }
            out = out.substring(0, at) + replacement + out.substring(at + old.length());
            from = at + replacement.length();
        }
        return out;
    }

    /** Hugo's {@code title}: AP style by default ({@code titleCaseStyle}), or go, firstupper, none. */
    String title(String s) {
        return switch (titleCaseStyle) {
            case "none" -> s;
            case "firstupper" -> s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
            case "go" -> capitalizeWords(s, false);
            default -> capitalizeWords(s, true);
        };
    }

    private static String capitalizeWords(String s, boolean apStyle) {
        String[] words = s.split(" ", -1);
        int lastWord = words.length - 1;
        while (lastWord > 0 && words[lastWord].isEmpty()) {
            lastWord--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean small = apStyle && i > 0 && i < lastWord && AP_SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT));
            out.append(i > 0 ? " " : "").append(small ? w.toLowerCase(Locale.ROOT) : capitalize(w));
        }
        return out.toString();
    }

    private static String capitalize(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    private static String humanize(String s) {
        String spaced = s.replace('-', ' ').replace('_', ' ').strip();
        return spaced.isEmpty() ? spaced : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }

    private static String trim(String s, String cutset) {
        int start = 0;
        int end = s.length();
        while (start < end && cutset.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && cutset.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String trimPrefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    private static String trimSuffix(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    private static Object format(List<Object> a) {
        String layout = text(arg(a, 0, 2));
        ZonedDateTime t = time(a.get(1));
        return GoTimeFormat.format(localizedLayout(layout), t);
    }

    /** Hugo's {@code :date_long} and friends, in English. */
    private static String localizedLayout(String layout) {
        return switch (layout) {
            case ":date_full" -> "Monday, January 2, 2006";
            case ":date_long" -> "January 2, 2006";
            case ":date_medium" -> "Jan 2, 2006";
            case ":date_short" -> "1/2/06";
            case ":time_full", ":time_long" -> "3:04:05 pm MST";
            case ":time_medium" -> "3:04:05 pm";
            case ":time_short" -> "3:04 pm";
            default -> layout;
        };
    }

    static ZonedDateTime time(Object value) {
        if (value instanceof ZonedDateTime t) {
            return t;
        }
        return SiteDateStyle.parse(text(value))
                .orElseThrow(() -> new CallException("cannot read \"" + text(value) + "\" as a date"));
    }

    private static Object printf(List<Object> a) {
        if (a.isEmpty()) {
            throw new CallException("needs a format");
        }
        String format = text(a.get(0)).replace("%v", "%s").replace("%q", "\"%s\"");
        Object[] rest = a.subList(1, a.size()).stream().map(v -> v instanceof Number ? v : text(v)).toArray();
        try {
            return String.format(Locale.ROOT, format, rest);
        } catch (java.util.IllegalFormatException e) {
            throw new CallException("cannot format: " + e.getMessage());
        }
    }

    private static Object index(List<Object> a) {
        if (a.size() != 2) {
            throw new CallException("expects COLLECTION KEY");
        }
        Object c = a.get(0);
        if (c instanceof Map<?, ?> m) {
            return m.get(text(a.get(1)));
        }
        if (c instanceof List<?> l && a.get(1) instanceof Number n) {
            return n.intValue() < l.size() ? l.get(n.intValue()) : null;
        }
        throw new CallException("cannot index " + text(c));
    }

    private static String base(String p) {
        String t = p.endsWith("/") && p.length() > 1 ? p.substring(0, p.length() - 1) : p;
        return t.substring(t.lastIndexOf('/') + 1);
    }

    private static String dir(String p) {
        int slash = p.lastIndexOf('/');
        return slash < 0 ? "." : slash == 0 ? "/" : p.substring(0, slash);
    }

    private static boolean equal(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return text(a).equals(text(b));
    }

    /** Go's truth: false, 0, nil and empty strings, lists and maps are false. */
    static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    /** How Go templates print a value. */
    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof ZonedDateTime t) {
            return GoTimeFormat.format("2006-01-02 15:04:05 -0700 MST", t);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(TemplateFunctions::text).collect(Collectors.joining(" ", "[", "]"));
        }
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + ":" + text(e.getValue()))
                    .collect(Collectors.joining(" ", "map[", "]"));
        }
        if (v instanceof ObjectView o) {
            return o.what();
        }
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(v);
    }
}
