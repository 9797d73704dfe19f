package io.recapstudio.ui.editor.bench;

/** Generated recap-like Markdown of a given size: front matter, headings, prose, lists, shortcodes, code, tables. */
final class RecapText {

    private static final String[] BLOCKS = {
        "## Day %d: talks on the quay",
        "",
        "The **keynote** by Maren Dahl opened with _three demos_ and a [link to the slides](https://example.org/s/%d).",
        "We spent the afternoon at the booth answering questions about `mvn verify` and release trains.",
        "",
        "{{< imgproc booth-%d Fill \"800x450 q80\" >}}",
        "The booth on day %d, before the crowd arrived.",
        "{{< /imgproc >}}",
        "",
        "- [x] Lightning talk: *shipping on a fjord*",
        "- [ ] Workshop notes, part %d",
        "1. {{< tweet user=\"quayconf\" id=\"17900000000%d\" >}}",
        "",
        "> A quote from the hallway track number %d.",
        "",
        "| Talk | Room |",
        "|------|:----:|",
        "| Builds %d | A |",
        "",
        "```yaml",
        "key: value # {{< note >}}",
        "```",
        "",
    };

    private RecapText() {
    }

    /** About {@code lines} lines (front matter included). */
    static String lines(int lines) {
        StringBuilder sb = new StringBuilder(lines * 60);
        sb.append("---\ntitle: \"Quay Summit recap\"\ndate: 2024-05-25 10:00:00+00:00\ndraft: yes\n")
                .append("tags: [event, quay]\n---\n\n");
        int written = 7;
        for (int i = 0; written < lines; i++) {
            String block = BLOCKS[i % BLOCKS.length];
            sb.append(block.contains("%d") ? String.format(block, i) : block).append('\n');
            written++;
        }
        return sb.toString();
    }

    /** About {@code bytes} characters of recap text. */
    static String ofSize(int bytes) {
        String sample = lines(1000);
        int linesNeeded = (int) ((long) bytes * 1000 / sample.length());
        return lines(linesNeeded);
    }
}
