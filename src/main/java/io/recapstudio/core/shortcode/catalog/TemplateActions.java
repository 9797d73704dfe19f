package io.recapstudio.core.shortcode.catalog;

import java.util.ArrayList;
import java.util.List;

/** Splits a Go template into the contents of its {@code {{ }}} actions. */
final class TemplateActions {

    private TemplateActions() {
    }

    /**
     * The contents of the template's {@code {{ }}} actions, trim markers removed. A comment action runs to its
     * {@code *}{@code /}, so a {@code }}} inside it (an {@code @example} of a call) does not end it; strings inside
     * actions are skipped the same way.
     */
    static List<String> of(String template) {
        List<String> out = new ArrayList<>();
        int pos = 0;
        while (true) {
            int open = template.indexOf("{{", pos);
            if (open < 0) {
                return out;
            }
            int start = open + 2;
            if (start < template.length() && template.charAt(start) == '-') {
                start++;
            }
            int close = closeOf(template, start);
            if (close < 0) {
                return out;
            }
            String content = template.substring(start, close);
            if (content.endsWith("-") && content.length() > 1 && Character.isWhitespace(content.charAt(content.length() - 2))) {
                content = content.substring(0, content.length() - 1);
            }
            out.add(content);
            pos = close + 2;
        }
    }

    private static int closeOf(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (s.startsWith("/*", i)) {
            int end = s.indexOf("*/", i + 2);
            return end < 0 ? -1 : s.indexOf("}}", end + 2);
        }
        char quote = 0;
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    j++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (c == '}' && j + 1 < s.length() && s.charAt(j + 1) == '}') {
                return j;
            }
        }
        return -1;
    }
}
