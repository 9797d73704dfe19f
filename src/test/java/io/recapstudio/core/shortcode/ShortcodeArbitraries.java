package io.recapstudio.core.shortcode;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of shortcode-ish text: random fragment soup, valid posts, and valid posts with random damage. */
final class ShortcodeArbitraries {

    static final List<String> FRAGMENTS = List.of("{{<", "{{%", ">}}", "%}}", "/", "/>}}", " ", "  ", "\t", "\n",
            "\r\n", "\r", "\"", "`", "=", "\\", "\\\"", "*/", "/*", "{{</*", "*/>}}", "{{%/*", "*/%}}", "note",
            "youtube", "imgproc", "details", "sitebox", "blocks/cover", "abc", "a=b", "id=1", "600x", "```\n",
            "~~~\n", "    ", "- ", "1. ", "> ", "é", "🥰", "â€™", "{{", "}}", "<", ">", "%", "x", "Hello world.",
            "\n\n", "#", "*");

    private static final List<String> NAMES = List.of("note", "imgproc", "youtube", "tweet", "details", "sitebox",
            "blocks/cover", "gallery", "alert");
    private static final List<String> VALUES = List.of("abc", "600x", "Resize", "photos/*", "two words", "",
            "say \"hi\"", "C:\\dir", "50%", "a>}}b", "line\nbreak", "é", "🥰", "x=y", "`tick`", "-1.5");

    private ShortcodeArbitraries() {
    }

    /** Random concatenations of shortcode fragments and text. */
    static Arbitrary<String> soup() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    /** A value for an argument (some need quoting, one cannot be written as positional bare). */
    static Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.of(VALUES), Arbitraries.strings().withChars("ab -/\"'`\\=<>}{%é")
                .ofMaxLength(8));
    }

    /** A valid post: paragraphs, fences and calls written by {@link ShortcodeWriter}, nested up to two deep. */
    static Arbitrary<String> validPost() {
        return block(2).list().ofMinSize(1).ofMaxSize(8).map(blocks -> String.join("\n\n", blocks));
    }

    private static Arbitrary<String> block(int depth) {
        Arbitrary<String> paragraph = Arbitraries.of("Plain text.", "Some *emphasis* and `code`.", "- a list item",
                "```\ncode {{< youtube in-code >}}\n```", "Escaped {{</* note */>}} example.", "    indented");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, paragraph), net.jqwik.api.Tuple.of(2, call(depth)));
    }

    private static Arbitrary<String> call(int depth) {
        Arbitrary<Delimiter> delimiter = Arbitraries.of(Delimiter.class);
        Arbitrary<Boolean> named = Arbitraries.of(true, false);
        Arbitrary<List<String>> values = Arbitraries.of(VALUES).filter(v -> !v.contains("`") || !v.contains("\n"))
                .list().ofMaxSize(3);
        Arbitrary<String> inner = depth == 0 ? Arbitraries.just("inner text")
                : block(depth - 1).list().ofMaxSize(2).map(b -> "\n" + String.join("\n", b) + "\n");
        return Combinators.combine(Arbitraries.of(NAMES), delimiter, named, values, inner)
                .as(ShortcodeArbitraries::writeCall);
    }

    private static String writeCall(String name, Delimiter delimiter, boolean named, List<String> values,
                                    String inner) {
        ShortcodeWriter writer = ShortcodeWriter.call(name, delimiter);
        for (int i = 0; i < values.size(); i++) {
            writer = named ? writer.named("p" + i, values.get(i)) : writer.positional(values.get(i));
        }
        InnerContent kind = ShortcodeKinds.builtIn().inner(name);
        return kind == InnerContent.NEVER ? writer.write() : writer.inner(inner).write();
    }

    /** A valid post with a few random insertions, deletions or replacements of fragments. */
    static Arbitrary<String> mutatedPost() {
        Arbitrary<List<int[]>> edits = Combinators.combine(Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, FRAGMENTS.size() - 1))
                .as((at, cut, fragment) -> new int[] {at, cut, fragment}).list().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(validPost(), edits).as(ShortcodeArbitraries::mutate);
    }

    private static String mutate(String post, List<int[]> edits) {
        StringBuilder text = new StringBuilder(post);
        for (int[] edit : edits) {
            int at = text.length() == 0 ? 0 : edit[0] % (text.length() + 1);
            int end = Math.min(text.length(), at + edit[1]);
            text.replace(at, end, FRAGMENTS.get(edit[2]));
        }
        return text.toString();
    }
}
