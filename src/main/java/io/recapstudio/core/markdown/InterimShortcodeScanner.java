package io.recapstudio.core.markdown;

import io.recapstudio.core.text.TextRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small shortcode tag reader used until the shortcode parser lands; pairs tags the way Hugo does for unknown names. */
final class InterimShortcodeScanner implements ShortcodeScanner {

    private static final Pattern TAG = Pattern.compile(
            "\\{\\{([<%])\\s*(/)?\\s*([\\w./-]+)((?:\\s+(?:[\\w-]+=)?(?:\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`|[^\\s\"`>%/]+))*)"
                    + "\\s*(/)?\\s*([>%])}}", Pattern.DOTALL);
    private static final Pattern ARGUMENT = Pattern.compile(
            "(?:([\\w-]+)=)?(?:\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`]*)`|([^\\s\"`]+))");

    private record Tag(String name, boolean markdown, boolean closing, boolean selfClosing, String arguments,
                       int start, int end) {
    }

    @Override
    public Scan scan(String text, int from, int to) {
        List<Tag> tags = new ArrayList<>();
        Matcher matcher = TAG.matcher(text).region(from, to);
        while (matcher.find()) {
            tags.add(new Tag(matcher.group(3), "%".equals(matcher.group(1)), matcher.group(2) != null,
                    matcher.group(5) != null, matcher.group(4), matcher.start(), matcher.end()));
        }
        List<Call> calls = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Deque<Tag> open = new ArrayDeque<>();
        for (Tag tag : tags) {
            if (!tag.closing()) {
                if (tag.selfClosing()) {
                    calls.add(call(tag, tag.end(), null));
                } else {
                    open.push(tag);
                }
                continue;
            }
            Tag opener = open.stream().filter(t -> t.name().equals(tag.name())).findFirst().orElse(null);
            if (opener == null) {
                problems.add(new Problem(new TextRange(tag.start(), tag.end()), "shortcode-unopened",
                        "closing tag {{< /" + tag.name() + " >}} has no opening tag; remove it or add the opening"));
                continue;
            }
            while (open.peek() != opener) {
                Tag standalone = open.pop();
                calls.add(call(standalone, standalone.end(), null));
            }
            open.pop();
            calls.add(call(opener, tag.end(), new TextRange(opener.end(), tag.start())));
        }
        open.forEach(standalone -> calls.add(call(standalone, standalone.end(), null)));
        calls.sort(Comparator.comparingInt((Call c) -> c.range().start()).thenComparingInt(c -> -c.range().end()));
        List<Call> outermost = new ArrayList<>();
        int coveredUntil = -1;
        for (Call call : calls) {
            if (call.range().start() >= coveredUntil) {
                outermost.add(call);
                coveredUntil = call.range().end();
            }
        }
        return new Scan(outermost, problems);
    }

    private static Call call(Tag tag, int end, TextRange inner) {
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        Matcher argument = ARGUMENT.matcher(tag.arguments());
        while (argument.find()) {
            String value = argument.group(2) != null ? argument.group(2).replaceAll("\\\\(.)", "$1")
                    : argument.group(3) != null ? argument.group(3) : argument.group(4);
            if (argument.group(1) != null) {
                named.put(argument.group(1), value);
            } else {
                positional.add(value);
            }
        }
        return new Call(tag.name(), tag.markdown(), positional, named, new TextRange(tag.start(), end), inner);
    }
}
