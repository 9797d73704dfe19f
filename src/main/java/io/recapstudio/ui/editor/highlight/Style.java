package io.recapstudio.ui.editor.highlight;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The highlighting classes the lexers emit; each maps to CSS style classes in {@code editor.css}. Classes of nested
 * constructs combine (a shortcode inside a heading is both), through {@link #combine(List, Style)}, which interns
 * the lists so that each combination is allocated once.
 */
public enum Style {
    FM_DELIMITER("fm-delimiter"),
    FM_KEY("fm-key"),
    FM_STRING("fm-string"),
    FM_VALUE("fm-value"),
    FM_LITERAL("fm-literal"),
    FM_COMMENT("fm-comment"),
    FM_PUNCT("fm-punct"),
    FM_TABLE("fm-table"),
    HEADING_MARKER("md-heading-marker"),
    HEADING_1("md-heading", "md-h1"),
    HEADING_2("md-heading", "md-h2"),
    HEADING_3("md-heading", "md-h3"),
    HEADING_4("md-heading", "md-h4"),
    HEADING_5("md-heading", "md-h5"),
    HEADING_6("md-heading", "md-h6"),
    STRONG("md-strong"),
    EMPHASIS("md-em"),
    STRIKE("md-strike"),
    EMPHASIS_MARKER("md-marker"),
    CODE_SPAN("md-code"),
    FENCE_MARKER("md-fence-marker"),
    FENCE_INFO("md-fence-info"),
    CODE_BLOCK("md-code-block"),
    LINK_TEXT("md-link-text"),
    LINK_URL("md-link-url"),
    LINK_PUNCT("md-link-punct"),
    LIST_MARKER("md-list-marker"),
    TASK_MARKER("md-task"),
    QUOTE_MARKER("md-quote-marker"),
    QUOTE("md-quote"),
    TABLE_PIPE("md-table-pipe"),
    TABLE_DELIMITER("md-table-delimiter"),
    RULE("md-rule"),
    HTML_COMMENT("md-comment"),
    HTML_TAG("md-html"),
    SC_DELIMITER("sc-delimiter"),
    SC_NAME("sc-name"),
    SC_ARG_NAME("sc-arg-name"),
    SC_ARG_VALUE("sc-arg-value"),
    SC_PUNCT("sc-punct"),
    SC_ESCAPED("sc-escaped"),
    SC_ERROR("sc-error");

    private static final Map<List<String>, Map<Style, List<String>>> COMBINED = new ConcurrentHashMap<>();

    private final List<String> classes;

    Style(String... classes) {
        this.classes = List.of(classes);
    }

    /** The CSS classes of this style alone. */
    public List<String> classes() {
        return classes;
    }

    /** The classes of {@code base} followed by this style's classes; the same list instance for equal inputs. */
    public static List<String> combine(List<String> base, Style style) {
        if (base.isEmpty()) {
            return style.classes;
        }
        return COMBINED.computeIfAbsent(base, b -> new ConcurrentHashMap<>()).computeIfAbsent(style, s -> {
            String[] all = new String[base.size() + s.classes.size()];
            for (int i = 0; i < base.size(); i++) {
                all[i] = base.get(i);
            }
            for (int i = 0; i < s.classes.size(); i++) {
                all[base.size() + i] = s.classes.get(i);
            }
            return List.of(all);
        });
    }
}
