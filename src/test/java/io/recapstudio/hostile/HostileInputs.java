package io.recapstudio.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The hostile posts and documents of issue 15, made in memory: shared by the regression tests, the child-JVM CLI
 * tests under {@code -Xmx512m} and {@code HostileInputBenchmark}, so all three try the same thing.
 */
public final class HostileInputs {

    private HostileInputs() {
    }

    /** A named hostile post text. */
    public record Case(String name, String text) {
    }

    /** YAML "billion laughs": nine levels of nine aliases each, 9^9 strings once expanded. */
    public static String billionLaughsYaml() {
        List<String> lines = new ArrayList<>();
        lines.add("title: laughs");
        lines.add("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]");
        String previous = "a";
        for (char c = 'b'; c <= 'i'; c++) {
            String ref = "*" + previous;
            lines.add(c + ": &" + c + " [" + String.join(",", List.of(ref, ref, ref, ref, ref, ref, ref, ref, ref))
                    + "]");
            previous = String.valueOf(c);
        }
        return String.join("\n", lines) + "\n";
    }

    /** A merge-key bomb: each map merges the previous one twice and lists it twice, 30 levels. */
    public static String mergeKeyBombYaml() {
        List<String> lines = new ArrayList<>();
        lines.add("title: merges");
        lines.add("a0: &a0 {k0: 1, k1: 2}");
        for (int i = 1; i < 30; i++) {
            String ref = "*a" + (i - 1);
            lines.add("a" + i + ": &a" + i + " {<<: [" + ref + ", " + ref + "], x" + i + ": [" + ref + ", " + ref
                    + "]}");
        }
        return String.join("\n", lines) + "\n";
    }

    /** A YAML flow list nested {@code depth} deep. */
    public static String deepYamlFlow(int depth) {
        return "title: deep\nd: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
    }

    /** A YAML block mapping nested {@code depth} deep. */
    public static String deepYamlBlock(int depth) {
        StringBuilder out = new StringBuilder("title: deep\n");
        for (int i = 0; i < depth; i++) {
            out.append(" ".repeat(i)).append('k').append(i).append(":\n");
        }
        return out.append(" ".repeat(depth)).append("v: 1\n").toString();
    }

    /** A TOML array nested {@code depth} deep. */
    public static String deepTomlArray(int depth) {
        return "title = 'deep'\nd = " + "[".repeat(depth) + "]".repeat(depth) + "\n";
    }

    /** A TOML inline table nested {@code depth} deep. */
    public static String deepTomlTable(int depth) {
        return "title = 'deep'\nd = " + "{a = ".repeat(depth) + "1" + "}".repeat(depth) + "\n";
    }

    /** A TOML array of {@code items} integers. */
    public static String hugeTomlArray(int items) {
        return "title = 'huge'\nd = [" + IntStream.range(0, items).mapToObj(i -> "1").collect(Collectors.joining(","))
                + "]\n";
    }

    /** A JSON array nested {@code depth} deep inside the object. */
    public static String deepJson(int depth) {
        return "{\"title\": \"deep\", \"d\": " + "[".repeat(depth) + "]".repeat(depth) + "}\n";
    }

    /** SnakeYAML's classic remote-code gadget: a tag naming a Java class. */
    public static String javaTagYaml() {
        return "title: tags\nz: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
                + "[\"http://127.0.0.1:1/\"]]]]\n";
    }

    /** {@code body} under YAML front matter delimiters. */
    public static String yamlPost(String frontMatter, String body) {
        return "---\n" + frontMatter + "---\n" + body;
    }

    /** {@code body} under TOML front matter delimiters. */
    public static String tomlPost(String frontMatter, String body) {
        return "+++\n" + frontMatter + "+++\n" + body;
    }

    /** Paired shortcodes nested {@code depth} deep. */
    public static String nestedShortcodes(int depth) {
        return "{{< note >}}".repeat(depth) + "x" + "{{< /note >}}".repeat(depth) + "\n";
    }

    /** {@code count} self-contained shortcode calls, one a line. */
    public static String manyShortcodes(int count) {
        return "{{< youtube abc >}}\n".repeat(count);
    }

    /** {@code count} calls of {@code imgproc photo Resize 4000x}, each with a caption (the 22 KB post of the issue). */
    public static String imgprocCalls(int count) {
        StringBuilder post = new StringBuilder("---\ntitle: Many calls\n---\n\n");
        for (int i = 0; i < count; i++) {
            post.append("{{< imgproc photo Resize 4000x >}}\nCall ").append(i).append(".\n{{< /imgproc >}}\n\n");
        }
        return post.toString();
    }

    /** {@code count} headings of the same text, each with a paragraph (Hugo gives them ids same, same-1, …). */
    public static String repeatedHeadings(int count) {
        StringBuilder post = new StringBuilder("---\ntitle: Headings\n---\n\n");
        for (int i = 0; i < count; i++) {
            post.append("## Same\n\nText.\n\n");
        }
        return post.toString();
    }

    /** A post of at least {@code chars} characters of ordinary recap Markdown: sections, lists, tables, videos. */
    public static String bigPost(int chars) {
        StringBuilder post = new StringBuilder("---\ntitle: Big\n---\n\n");
        for (int i = 1; post.length() < chars; i++) {
            post.append("## Section ").append(i).append("\n\nThe speakers of session ").append(i)
                    .append(" walked us through *reconciling* fleets,\nwith **live demos**, a few `kubectl` commands")
                    .append(" and a [recording](https://example.org/").append(i).append(").\n\n- one\n- two\n\n")
                    .append("| Room | Talks |\n|------|------:|\n| A | ").append(i).append(" |\n\n")
                    .append("{{< youtube id=vid").append(i).append(" >}}\n\n");
        }
        return post.toString();
    }

    /**
     * A pattern that a backtracking glob matcher takes exponential time to reject against {@link #longName}:
     * {@code *a} {@code stars} times, then {@code b}.
     */
    public static String manyStarsGlob(int stars) {
        return "*a".repeat(stars) + "b";
    }

    /** A file name of {@code length} letters a and an extension, for {@link #manyStarsGlob}. */
    public static String longName(int length, String extension) {
        return "a".repeat(length) + "." + extension;
    }

    /** Every hostile post of the front matter and Markdown kinds, for the CLI tests and the benchmark. */
    public static List<Case> posts() {
        String body = "Hello.\n";
        return List.of(
                new Case("yaml-billion-laughs", yamlPost(billionLaughsYaml(), body)),
                new Case("yaml-merge-key-bomb", yamlPost(mergeKeyBombYaml(), body)),
                new Case("yaml-flow-10000-deep", yamlPost(deepYamlFlow(10_000), body)),
                new Case("yaml-block-1000-deep", yamlPost(deepYamlBlock(1_000), body)),
                new Case("yaml-java-tag", yamlPost(javaTagYaml(), body)),
                new Case("toml-array-10000-deep", tomlPost(deepTomlArray(10_000), body)),
                new Case("toml-table-1000-deep", tomlPost(deepTomlTable(1_000), body)),
                new Case("toml-million-items", tomlPost(hugeTomlArray(1_000_000), body)),
                new Case("json-10000-deep", deepJson(10_000) + "\n" + body),
                new Case("shortcodes-1000-deep", yamlPost("title: x\n", nestedShortcodes(1_000))),
                new Case("shortcodes-10000", yamlPost("title: x\n", manyShortcodes(10_000))),
                new Case("line-of-1-mb", yamlPost("title: x\n", "a".repeat(1 << 20) + "\n")),
                new Case("nul-bytes", yamlPost("title: x\n", "hello\0world\0\n")),
                new Case("unterminated-front-matter", "---\ntitle: x\nno end\n"));
    }
}
