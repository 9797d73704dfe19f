package io.recapstudio.core.site.archetype;

import io.recapstudio.core.frontmatter.FrontMatter;
import io.recapstudio.core.frontmatter.FrontMatterDate;
import io.recapstudio.core.frontmatter.FrontMatterEditException;
import io.recapstudio.core.frontmatter.FrontMatterEditor;
import io.recapstudio.core.frontmatter.FrontMatterEntry;
import io.recapstudio.core.frontmatter.FrontMatterFormat;
import io.recapstudio.core.frontmatter.KeyPath;
import io.recapstudio.core.site.SiteDateStyle;
import io.recapstudio.core.site.archetype.SectionConventions.Sample;
import io.recapstudio.core.text.TextEdit;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a new post's front matter by a section's {@link SectionConventions}: the exemplar's block with every key
 * that is not conventional removed, every conventional key set to the new post's value (through the lossless
 * {@link FrontMatterEditor}, so indentation, quoting, list style and line breaks stay the site's), the comments
 * dropped (they spoke about another post), and {@code # check} after values that were guessed (YAML and TOML; JSON
 * has no comments, the notes say it).
 */
final class ConventionalFrontMatter {

    /** The new front matter and what the author should look at. */
    record Result(String text, List<String> notes) {
    }

    /** The facts of the new post that values are made from. */
    record Facts(String title, ZonedDateTime date, SiteDateStyle dateStyle, String slug, String url, String author,
                 List<String> taxonomies) {
    }

    private final SectionConventions conventions;
    private final Facts facts;
    private final PostValues values;

    ConventionalFrontMatter(SectionConventions conventions, Facts facts) {
        this.conventions = conventions;
        this.facts = facts;
        this.values = new PostValues(conventions, facts);
    }

    Result write() {
        Sample exemplar = conventions.exemplar();
        FrontMatter fm = exemplar.frontMatter();
        String block = exemplar.text().substring(fm.block().orElseThrow().range().start(),
                fm.block().orElseThrow().range().end());
        String lineEnding = block.contains("\r\n") ? "\r\n" : "\n";
        if (!block.endsWith("\n")) {
            block = block + lineEnding;
        }
        Map<String, Object> wanted = values.all();
        String text = block;
        for (FrontMatterEntry entry : fm.entries()) {
            if (!wanted.containsKey(SectionConventions.fold(entry.key()))) {
                text = edit(text, e -> e.remove(KeyPath.of(entry.key())));
            }
        }
        for (Map.Entry<String, Object> w : wanted.entrySet()) {
            String key = fm.entry(w.getKey()).map(FrontMatterEntry::key).orElse(conventions.spelling(w.getKey()));
            text = edit(text, e -> e.set(KeyPath.of(key), w.getValue()));
        }
        text = conventions.format() == FrontMatterFormat.JSON ? text : withoutComments(text);
        text = withSiteDate(text);
        List<String> notes = new ArrayList<>(values.notes());
        if (conventions.format() != FrontMatterFormat.JSON) {
            for (String guessed : values.guessed()) {
                text = markToCheck(text, guessed);
            }
        }
        return new Result(text + lineEnding, notes);
    }

    private static String edit(String text, java.util.function.Function<FrontMatterEditor, List<TextEdit>> change) {
        FrontMatterEditor editor = FrontMatterEditor.of(text);
        try {
            return editor.apply(change.apply(editor));
        } catch (FrontMatterEditException | IllegalArgumentException e) {
            return text;
        }
    }

    /** Drops comment lines and trailing comments, each only when the values read the same without it. */
    static String withoutComments(String text) {
        Map<String, Object> before = FrontMatter.parse(text).values();
        String[] lines = text.split("(?<=\n)", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String body = line.replaceAll("[\r\n]+$", "");
            String end = line.substring(body.length());
            String kept = line;
            if (body.strip().startsWith("#")) {
                kept = readsSame(out + rest(lines, i + 1), before) ? "" : line;
            } else {
                for (int at = body.indexOf('#'); at > 0; at = body.indexOf('#', at + 1)) {
                    if (!Character.isWhitespace(body.charAt(at - 1))) {
                        continue;
                    }
                    String cut = body.substring(0, at).stripTrailing() + end;
                    if (readsSame(out + cut + rest(lines, i + 1), before)) {
                        kept = cut;
                        break;
                    }
                }
            }
            out.append(kept);
        }
        return out.toString();
    }

    private static String rest(String[] lines, int from) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < lines.length; i++) {
            out.append(lines[i]);
        }
        return out.toString();
    }

    private static boolean readsSame(String text, Map<String, Object> values) {
        FrontMatter fm = FrontMatter.parse(text);
        return fm.isValid() && fm.isPresent() && fm.values().equals(values);
    }

    /** The date written exactly in the site's style (the exemplar's own style may differ in a detail). */
    private String withSiteDate(String text) {
        String want = facts.dateStyle().format(facts.date());
        FrontMatter fm = FrontMatter.parse(text);
        for (String key : List.of("date", "publishdate", "lastmod")) {
            Optional<FrontMatterEntry> entry = fm.entry(key);
            if (entry.isEmpty() || !(entry.get().value() instanceof FrontMatterDate written)
                    || written.raw().equals(want)) {
                continue;
            }
            String value = entry.get().valueRange().of(text);
            int at = value.indexOf(written.raw());
            if (at < 0) {
                continue;
            }
            int start = entry.get().valueRange().start() + at;
            String changed = text.substring(0, start) + want + text.substring(start + written.raw().length());
            if (FrontMatter.parse(changed).isValid()) {
                return withSiteDate(changed);
            }
        }
        return text;
    }

    /** Appends {@code # check} to the line that holds {@code key} (top level or nested), when it stays valid. */
    private static String markToCheck(String text, String key) {
        Map<String, Object> before = FrontMatter.parse(text).values();
        Pattern keyLine = Pattern.compile("(?m)^\\s*[\"']?" + Pattern.quote(key) + "[\"']?\\s*[:=].*$");
        Matcher m = keyLine.matcher(text);
        while (m.find()) {
            String marked = text.substring(0, m.end()).stripTrailing() + " # check" + text.substring(m.end());
            if (readsSame(marked, before)) {
                return marked;
            }
        }
        return text;
    }
}
