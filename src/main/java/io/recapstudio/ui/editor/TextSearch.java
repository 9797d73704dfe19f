package io.recapstudio.ui.editor;

import io.recapstudio.core.text.TextEdit;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Find and replace over a text: literal or regular expression, match case, whole word.
 *
 * @param query     what to look for
 * @param regex     the query is a Java regular expression (replacements may use {@code $1})
 * @param matchCase case-sensitive
 * @param wholeWord only matches with no letter, digit or underscore on either side
 */
public record TextSearch(String query, boolean regex, boolean matchCase, boolean wholeWord) {

    /** Most matches counted; the find bar shows "10000+" past it. */
    public static final int MAX_MATCHES = 10_000;

    /** The compiled pattern. @throws PatternSyntaxException for an invalid regular expression */
    public Pattern pattern() {
        String body = regex ? query : Pattern.quote(query);
        if (wholeWord) {
            body = "(?<![\\p{L}\\p{N}_])(?:" + body + ")(?![\\p{L}\\p{N}_])";
        }
        int flags = Pattern.MULTILINE | (matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return Pattern.compile(body, flags);
    }

    /** Every non-empty match in {@code text}, up to {@link #MAX_MATCHES}. */
    public List<TextRange> findAll(CharSequence text) {
        List<TextRange> found = new ArrayList<>();
        if (query.isEmpty()) {
            return found;
        }
        Matcher m = pattern().matcher(text);
        while (m.find() && found.size() < MAX_MATCHES) {
            if (m.end() > m.start()) {
                found.add(new TextRange(m.start(), m.end()));
            }
        }
        return found;
    }

    /** The edits replacing every match with {@code replacement} ({@code $n} groups expand in regex mode). */
    public List<TextEdit> replaceAll(CharSequence text, String replacement) {
        List<TextEdit> edits = new ArrayList<>();
        if (query.isEmpty()) {
            return edits;
        }
        Matcher m = pattern().matcher(text);
        String repl = regex ? replacement : Matcher.quoteReplacement(replacement);
        StringBuilder sb = new StringBuilder();
        int appended = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            int before = sb.length() + (m.start() - appended);
            m.appendReplacement(sb, repl);
            edits.add(TextEdit.replace(m.start(), m.end(), sb.substring(before)));
            appended = m.end();
        }
        return edits;
    }

    /** The replacement for the match at {@code range} of {@code text}, or null when no match is there. */
    public String replacementAt(CharSequence text, TextRange range, String replacement) {
        Matcher m = pattern().matcher(text);
        m.region(range.start(), text.length());
        m.useTransparentBounds(true).useAnchoringBounds(false);
        if (!m.lookingAt() || m.end() != range.end()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        m.appendReplacement(sb, regex ? replacement : Matcher.quoteReplacement(replacement));
        return sb.substring(range.start());
    }
}
