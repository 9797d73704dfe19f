package io.recapstudio.core.markdown;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stand-ins for {@code {{< >}}} output while Markdown runs, and putting the output back afterwards the way
 * Hugo does: a placeholder that is a paragraph of its own takes the {@code <p>} and {@code </p>} with it.
 */
final class Placeholders {

    /** Hugo's own placeholder shape, so a heading holding a shortcode gets the id Hugo gives it. */
    static final String PREFIX = "HAHAHUGOSHORTCODES";
    static final String SUFFIX = "HBHB";
    private static final Pattern PLACEHOLDER = Pattern.compile(PREFIX + "(\\d{1,6})" + SUFFIX);

    private Placeholders() {
    }

    static String replace(String html, List<String> outputs) {
        if (outputs.isEmpty() || !html.contains(PREFIX)) {
            return html;
        }
        Matcher matcher = PLACEHOLDER.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            if (index >= outputs.size() || outputs.get(index) == null) {
                continue;
            }
            int start = matcher.start();
            int end = matcher.end();
            if (start - copied >= 3 && html.startsWith("<p>", start - 3) && html.startsWith("</p>", end)) {
                start -= 3;
                end += 4;
            }
            out.append(html, copied, start).append(outputs.get(index));
            copied = end;
        }
        return out.append(html, copied, html.length()).toString();
    }
}
