package io.recapstudio.core.shortcode.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@link ShortcodeTemplateAnalyzer} has learned about one parameter so far. */
final class InferredParam {

    /** A Hugo-style {@code @param} doc line. */
    record Doc(String type, boolean required, String defaultValue, String description) {
    }

    String name;
    Integer position;
    String defaultValue;
    ParamType type;
    final Set<String> choices = new LinkedHashSet<>();
    boolean required;
    String description;

    InferredParam(String name, Integer position) {
        this.name = name;
        this.position = position;
    }

    void learnFrom(String action) {
        Matcher d = ShortcodeTemplateAnalyzer.DEFAULT_LITERAL.matcher(action);
        String literal = null;
        while (d.find()) {
            literal = d.group(1);
        }
        if (literal != null) {
            learnDefault(literal);
        }
        Matcher or = ShortcodeTemplateAnalyzer.OR_FALLBACK.matcher(action);
        if (or.find() && !or.group(1).startsWith("$")) {
            learnDefault(or.group(1));
        }
        learnUse(action, null);
    }

    void learnDefault(String literal) {
        Matcher m = ShortcodeTemplateAnalyzer.LITERAL.matcher(literal);
        if (!m.matches() || defaultValue != null) {
            return;
        }
        if (m.group(2) != null || m.group(3) != null) {
            defaultValue = m.group(2) != null ? m.group(2) : m.group(3);
            if (defaultValue.equals("true") || defaultValue.equals("false")) {
                type = type == null ? ParamType.BOOLEAN : type;
            }
        } else if (m.group(4) != null) {
            defaultValue = m.group(4);
            type = type == null ? ParamType.INTEGER : type;
        } else {
            defaultValue = literal;
            type = type == null ? ParamType.BOOLEAN : type;
        }
    }

    /** Types and choices from how an action uses the parameter (directly, or as {@code variable}). */
    void learnUse(String action, String variable) {
        if (action.matches("(?s).*\\b(int|float)\\b.*")) {
            type = type == null ? ParamType.INTEGER : type;
        }
        if (action.contains("Resources.GetMatch") || action.contains("Resources.Get ")) {
            type = ParamType.RESOURCE;
        } else if (action.contains("Resources.Match")) {
            type = ParamType.GLOB;
        }
        if (variable != null) {
            String v = Pattern.quote(variable);
            Matcher eq = Pattern.compile("\\b(eq|ne)\\s+(?:" + v + "\\s+\"([^\"]*)\"|\"([^\"]*)\"\\s+" + v + ")")
                    .matcher(action);
            while (eq.find()) {
                choices.add(eq.group(2) != null ? eq.group(2) : eq.group(3));
            }
        }
    }

    void learnDoc(Doc doc) {
        ParamType docType = switch (doc.type().toLowerCase(Locale.ROOT)) {
            case "int", "integer", "number" -> ParamType.INTEGER;
            case "bool", "boolean" -> ParamType.BOOLEAN;
            default -> ParamType.STRING;
        };
        type = type == null || type == ParamType.STRING ? docType : type;
        required = required || doc.required();
        String documented = doc.defaultValue();
        if (documented != null && documented.length() >= 2 && documented.startsWith("\"")
                && documented.endsWith("\"")) {
            documented = documented.substring(1, documented.length() - 1);
        }
        defaultValue = defaultValue != null ? defaultValue : documented;
        description = doc.description();
    }

    void absorb(InferredParam other) {
        name = name != null ? name : other.name;
        position = position != null ? position : other.position;
        defaultValue = defaultValue != null ? defaultValue : other.defaultValue;
        type = type != null ? type : other.type;
        choices.addAll(other.choices);
        required = required || other.required;
    }

    ParamSpec toSpec() {
        Set<String> all = new LinkedHashSet<>(choices);
        boolean booleanChoices = all.stream().allMatch(c -> c.equals("true") || c.equals("false"));
        if (booleanChoices && !all.isEmpty()) {
            type = ParamType.BOOLEAN;
        } else if (all.size() >= 2) {
            if (defaultValue != null) {
                all.add(defaultValue);
            }
            return new ParamSpec(name, position, defaultValue, ParamType.CHOICE, List.copyOf(all), required,
                    description, null);
        }
        return new ParamSpec(name, position, defaultValue, type == null ? ParamType.STRING : type, List.of(),
                required, description, null);
    }
}
