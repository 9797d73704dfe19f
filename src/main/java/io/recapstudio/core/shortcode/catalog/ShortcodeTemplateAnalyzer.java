package io.recapstudio.core.shortcode.catalog;

import io.recapstudio.core.shortcode.Delimiter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers a shortcode's parameters from its Go template: {@code .Get "name"}, {@code .Get N}, {@code $.Get},
 * {@code index .Params N}, {@code .Params.name}, {@code .IsNamedParams}; a parameter read both by name and by
 * position in one expression or through one variable ({@code .Get "id" | default (.Get 0)}) gets both. Defaults come
 * from {@code | default X}, {@code default X (.Get …)} (the innermost literal of nested defaults) and from
 * {@code $v := X} followed by {@code with .Get "p"}{@code $v = .}; types from default literals, {@code int},
 * comparisons with {@code "true"} and {@code Resources.GetMatch}/{@code Resources.Match}; choices from comparisons
 * with two or more literals; "required" from an {@code errorf} under {@code if not (.Get …)} or the {@code else} of a
 * {@code with .Get …}. Hugo-style {@code @param {type} [name=default] text} doc comments add types and descriptions.
 */
public final class ShortcodeTemplateAnalyzer {

    private static final Pattern COMMENT = Pattern.compile("^\\s*/\\*(.*?)\\*/\\s*$", Pattern.DOTALL);
    private static final Pattern GET = Pattern.compile(
            "(?<![\\w)\\]])\\.Get\\s+(?:\"([^\"]*)\"|`([^`]*)`|(\\d+))");
    private static final Pattern INDEX_PARAMS = Pattern.compile(
            "index\\s+\\$?\\.Params\\s+(?:\"([^\"]*)\"|(\\d+))");
    private static final Pattern PARAMS_FIELD = Pattern.compile("(?<![\\w)\\]])\\.Params\\.(\\w+)");
    private static final Pattern PARAMS_WHOLE = Pattern.compile("(?<![\\w)\\]])\\.Params(?![.\\w])");
    private static final Pattern INDEX_OR_LEN_PARAMS = Pattern.compile("(index|len)\\s+\\$?\\.Params(?![.\\w])");
    private static final Pattern ASSIGN = Pattern.compile("^\\s*\\$(\\w+)\\s*(:?=)\\s*(.*)$", Pattern.DOTALL);
    static final Pattern LITERAL = Pattern.compile("^(\"([^\"]*)\"|`([^`]*)`|(-?\\d+(?:\\.\\d+)?)|true|false)$");
    static final Pattern DEFAULT_LITERAL = Pattern.compile(
            "default\\s+(\"([^\"]*)\"|`([^`]*)`|(-?\\d+(?:\\.\\d+)?)(?![\\w.])|true\\b|false\\b)");
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)");
    static final Pattern OR_FALLBACK = Pattern.compile(
            "\\bor\\s+\\(\\$?\\.Get\\s+[^)]*\\)\\s+(\"[^\"]*\"|`[^`]*`|-?\\d+(?:\\.\\d+)?|true|false|\\$\\w+)\\s*$");
    private static final Pattern DOC_PARAM = Pattern.compile(
            "@param\\s+\\{(\\w+)}\\s+(\\[)?([\\w/-]+)(?:=(\"[^\"]*\"|[^\\]]*))?]?\\s*(.*)");
    private static final Pattern INNER = Pattern.compile("\\.Inner(Deindent)?\\b");

    private final Map<String, InferredParam> params = new LinkedHashMap<>();
    private final Map<String, String> mergedInto = new LinkedHashMap<>();
    private final Map<String, Set<String>> variableParams = new LinkedHashMap<>();
    private final Map<String, String> variableLiterals = new LinkedHashMap<>();

    private ShortcodeTemplateAnalyzer() {
    }

    /** Analyses one template's text. */
    public static TemplateShortcode analyze(String template) {
        return new ShortcodeTemplateAnalyzer().run(template);
    }

    private TemplateShortcode run(String template) {
        List<String> actions = new ArrayList<>();
        String description = null;

        Map<String, InferredParam.Doc> docs = new LinkedHashMap<>();
        for (String action : TemplateActions.of(template)) {
            Matcher comment = COMMENT.matcher(action);
            if (comment.matches()) {
                description = description != null ? description : describe(comment.group(1), docs);
            } else {
                actions.add(action.strip());
            }
        }
        Deque<Block> stack = new ArrayDeque<>();
        String withParam = null;
        for (String action : actions) {
            List<String> found = readParams(action);
            withParam = trackVariables(action, found, withParam);
            trackBlocks(action, found, stack);
        }
        applyVariables(actions);
        docs.forEach(this::applyDoc);
        boolean inner = INNER.matcher(template).find();
        boolean anyParams = actions.stream().anyMatch(a -> PARAMS_WHOLE.matcher(a).find()
                && !INDEX_OR_LEN_PARAMS.matcher(a).find());
        return new TemplateShortcode(toSpecs(), inner, delimiter(inner, actions), anyParams, description);
    }

    /** Registers every parameter one action reads and returns their keys, combining a name with a position. */
    private List<String> readParams(String action) {
        List<String> names = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        collect(GET.matcher(action), names, positions, 1, 2, 3);
        collect(INDEX_PARAMS.matcher(action), names, positions, 1, 0, 2);
        Matcher field = PARAMS_FIELD.matcher(action);
        while (field.find()) {
            names.add(field.group(1));
        }
        List<String> keys = new ArrayList<>();
        boolean combine = names.size() == 1 && positions.size() == 1
                && action.matches("(?s).*\\b(default|cond|or)\\b.*");
        if (combine) {
            keys.add(param(names.get(0), positions.get(0)));
        } else {
            names.forEach(n -> keys.add(param(n, null)));
            positions.forEach(p -> keys.add(param(null, p)));
        }
        if (keys.size() == 1) {
            facts(keys.get(0)).learnFrom(action);
        }
        return keys;
    }

    private static void collect(Matcher m, List<String> names, List<Integer> positions, int g1, int g2, int g3) {
        while (m.find()) {
            String name = m.group(g1) != null ? m.group(g1) : g2 > 0 ? m.group(g2) : null;
            if (name != null) {
                if (!names.contains(name)) {
                    names.add(name);
                }
            } else if (m.group(g3) != null) {
                int p = Integer.parseInt(m.group(g3));
                if (!positions.contains(p)) {
                    positions.add(p);
                }
            }
        }
    }

    /** The key of a parameter, creating it; a name or position already known keeps its key (and they merge). */
    private String param(String name, Integer position) {
        String byName = null;
        String byPosition = null;
        for (Map.Entry<String, InferredParam> e : params.entrySet()) {
            InferredParam f = e.getValue();
            if (name != null && name.equalsIgnoreCase(f.name)) {
                byName = e.getKey();
            }
            if (position != null && position.equals(f.position)) {
                byPosition = e.getKey();
            }
        }
        if (byName != null && byPosition != null && !byName.equals(byPosition)) {
            mergeNamedAndPositional(byName, byPosition);
            return params.containsKey(byName) ? byName : byPosition;
        }
        String existing = byName != null ? byName : byPosition;
        if (existing != null) {
            InferredParam f = params.get(existing);
            f.name = f.name != null ? f.name : name;
            f.position = f.position != null ? f.position : position;
            return existing;
        }
        String key = name != null ? "n:" + name.toLowerCase(Locale.ROOT) : "p:" + position;
        params.put(key, new InferredParam(name, position));
        return key;
    }

    private String trackVariables(String action, List<String> found, String withParam) {
        Matcher assign = ASSIGN.matcher(action);
        if (assign.matches()) {
            String variable = assign.group(1);
            String value = assign.group(3).strip();
            if (!found.isEmpty()) {
                variableParams.computeIfAbsent(variable, v -> new LinkedHashSet<>()).addAll(found);
                Matcher or = OR_FALLBACK.matcher(value);
                if (found.size() == 1 && or.find() && or.group(1).startsWith("$")) {
                    String literal = variableLiterals.get(or.group(1).substring(1));
                    if (literal != null) {
                        facts(found.get(0)).learnDefault(literal);
                    }
                }
            } else if (value.equals(".") && withParam != null) {
                variableParams.computeIfAbsent(variable, v -> new LinkedHashSet<>()).add(withParam);
                String literal = variableLiterals.get(variable);
                if (literal != null) {
                    facts(withParam).learnDefault(literal);
                }
            } else if (LITERAL.matcher(value).matches() && assign.group(2).equals(":=")) {
                variableLiterals.put(variable, value);
            }
        }
        if (action.startsWith("with ") && found.size() == 1) {
            return found.get(0);
        }
        return action.equals("end") ? null : withParam;
    }

    /** Merges the parameters read into one variable, and learns from every action that uses the variable. */
    private void applyVariables(List<String> actions) {
        for (Map.Entry<String, Set<String>> e : variableParams.entrySet()) {
            List<String> keys = e.getValue().stream().map(this::resolve).distinct().toList();
            if (keys.size() == 2) {
                mergeNamedAndPositional(keys.get(0), keys.get(1));
            }
            String key = keys.size() == 1 || keys.size() == 2 ? resolve(keys.get(0)) : null;
            if (key == null || !params.containsKey(key)) {
                continue;
            }
            Pattern use = Pattern.compile("\\$" + Pattern.quote(e.getKey()) + "(?!\\w)");
            for (String action : actions) {
                if (use.matcher(action).find()) {
                    params.get(key).learnUse(action, "$" + e.getKey());
                }
            }
        }
    }

    private void mergeNamedAndPositional(String a, String b) {
        InferredParam fa = params.get(a);
        InferredParam fb = params.get(b);
        if (fa == null || fb == null || a.equals(b)) {
            return;
        }
        boolean complementary = (fa.name != null && fa.position == null && fb.name == null && fb.position != null)
                || (fa.name == null && fa.position != null && fb.name != null && fb.position == null);
        if (complementary) {
            fa.absorb(fb);
            params.remove(b);
            mergedInto.put(b, a);
        }
    }

    /** The facts of a key, following merges. */
    private InferredParam facts(String key) {
        String k = key;
        while (mergedInto.containsKey(k)) {
            k = mergedInto.get(k);
        }
        return params.get(k);
    }

    private String resolve(String key) {
        String k = key;
        while (mergedInto.containsKey(k)) {
            k = mergedInto.get(k);
        }
        return k;
    }

    private void trackBlocks(String action, List<String> found, Deque<Block> stack) {
        String keyword = action.split("\\s+", 2)[0];
        switch (keyword) {
            case "if", "with", "range", "block", "define" -> stack.push(new Block(keyword,
                    new LinkedHashSet<>(paramsIn(action, found)), action.matches("(?s)^if\\s+\\(?\\s*not\\b.*")));
            case "else" -> {
                if (!stack.isEmpty()) {
                    stack.peek().inElse = true;
                }
            }
            case "end" -> {
                if (!stack.isEmpty()) {
                    stack.pop();
                }
            }
            default -> {
                if (action.contains("errorf")) {
                    for (Block b : stack) {
                        boolean failsWhenMissing = b.negated ? !b.inElse : b.inElse;
                        if (failsWhenMissing && (b.kind.equals("if") || b.kind.equals("with"))) {
                            b.params.forEach(k -> facts(k).required = true);
                        }
                    }
                }
            }
        }
    }

    /** Parameters an action refers to, directly or through variables assigned from them. */
    private List<String> paramsIn(String action, List<String> direct) {
        List<String> out = new ArrayList<>(direct);
        Matcher v = VARIABLE.matcher(action);
        while (v.find()) {
            variableParams.getOrDefault(v.group(1), Set.of()).forEach(k -> {
                if (!out.contains(k)) {
                    out.add(k);
                }
            });
        }
        return out;
    }

    private static Delimiter delimiter(boolean inner, List<String> actions) {
        if (!inner) {
            return Delimiter.ANGLE;
        }
        boolean handlesInner = actions.stream().anyMatch(a -> a.matches(
                "(?s).*\\b(markdownify|RenderString|highlight|transform\\.Highlight|htmlEscape|plainify|jsonify)\\b.*"));
        return handlesInner ? Delimiter.ANGLE : Delimiter.PERCENT;
    }

    private static String describe(String comment, Map<String, InferredParam.Doc> docs) {
        StringBuilder text = new StringBuilder();
        for (String line : comment.strip().split("\\R")) {
            String l = line.strip().replaceFirst("^\\*\\s?", "");
            Matcher doc = DOC_PARAM.matcher(l);
            if (doc.find()) {
                docs.put(doc.group(3), new InferredParam.Doc(doc.group(1), doc.group(2) == null, doc.group(4),
                        doc.group(5).isBlank() ? null : doc.group(5).strip()));
            } else if (!l.startsWith("@") && docs.isEmpty() && !l.isEmpty() && text.length() < 200) {
                text.append(text.length() > 0 ? " " : "").append(l);
            }
        }
        return text.length() == 0 ? null : text.toString();
    }

    /** A doc line names a parameter {@code name}, {@code N} or, in Docsy's style, {@code N/name}. */
    private void applyDoc(String spec, InferredParam.Doc doc) {
        String[] parts = spec.split("/", 2);
        Integer position = parts[0].matches("\\d+") ? Integer.valueOf(parts[0]) : null;
        String name = position == null ? spec : parts.length > 1 ? parts[1] : null;
        facts(param(name, position)).learnDoc(doc);
    }

    private List<ParamSpec> toSpecs() {
        List<InferredParam> ordered = new ArrayList<>(params.values());
        ordered.sort((a, b) -> {
            if (a.position != null && b.position != null) {
                return Integer.compare(a.position, b.position);
            }
            return a.position != null ? -1 : b.position != null ? 1 : 0;
        });
        return ordered.stream().map(InferredParam::toSpec).toList();
    }

    /** An {@code if}/{@code with}/… block open while later actions are read. */
    private static final class Block {
        final String kind;
        final Set<String> params;
        final boolean negated;
        boolean inElse;

        Block(String kind, Set<String> params, boolean negated) {
            this.kind = kind;
            this.params = params;
            this.negated = negated;
        }
    }

}
