package io.recapstudio.core.frontmatter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON front matter: the object with exact positions, and each top-level key's lines. */
final class JsonReader {

    private JsonReader() {
    }

    static FrontMatter read(String text, FrontMatterBlock block) {
        TextRange content = block.content();
        LineIndex lines = FrontMatter.linesOf(text, block);
        JsonTree tree;
        try {
            tree = JsonTree.read(text, content.start(), content.end());
        } catch (StreamConstraintsException e) {
            long offset = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getCharOffset());
            String problem = e.getMessage().contains("depth") ? ParseLimits.tooDeep("it")
                    : ParseLimits.tooLarge("it", content.length());
            return FrontMatter.overLimit(text, block, content.start() + (int) Math.min(offset, content.length()),
                    problem);
        } catch (JsonProcessingException e) {
            long offset = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getCharOffset());
            return failed(text, block, lines, content.start() + (int) Math.min(offset, content.length()),
                    e.getOriginalMessage());
        } catch (IOException e) {
            return failed(text, block, lines, content.start(), e.getMessage());
        }
        if (!(tree instanceof JsonTree.Obj object)) {
            return failed(text, block, lines, content.start(), "it is not an object");
        }
        List<FrontMatterEntry> entries = new ArrayList<>();
        for (JsonTree.Member member : object.members()) {
            entries.add(new FrontMatterEntry(member.key(), member.value().value(),
                    memberLines(text, lines, object, member), TextRange.of(member.keyStart(), member.keyEnd()),
                    TextRange.of(member.value().start(), member.value().end())));
        }
        return new FrontMatter(text, block, entries, List.of(), object);
    }

    /** The whole lines of a member when it has its lines to itself, else its own text. */
    static TextRange memberLines(String text, LineIndex lines, JsonTree.Obj object, JsonTree.Member member) {
        int first = lines.line(member.keyStart());
        int last = lines.line(member.value().end());
        boolean ownLines = first != lines.line(object.start()) && last != lines.line(object.end() - 1);
        if (!ownLines) {
            return TextRange.of(member.keyStart(), member.value().end());
        }
        int end = member.value().end();
        if (end < text.length() && text.charAt(end) == ',') {
            end++;
        }
        int lineEnd = lines.lineEnd(last, text);
        return TextRange.of(lines.lineStart(first), lineEnd == end || text.substring(end, lineEnd).isBlank()
                ? YamlReader.lineEndWithBreak(text, lines, last) : end);
    }

    private static FrontMatter failed(String text, FrontMatterBlock block, LineIndex lines, int offset,
                                      String problem) {
        Diagnostic d = Diagnostic.at(lines, TextRange.empty(Math.min(offset, text.length())), Severity.ERROR,
                FrontMatter.SYNTAX_RULE, "The JSON front matter cannot be read here: " + problem + ". Fix the JSON; "
                        + "Hugo will not build the post until then. The text is kept as it is.");
        return new FrontMatter(text, block, List.of(), List.of(d), null);
    }
}
