package io.recapstudio.core.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.recapstudio.core.shortcode.MarkdownCodeRegions;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Markdown → top-level blocks, reusing the work of the last renders. A post is cut before each top-level ATX heading
 * that follows a blank line (outside code blocks): CommonMark closes every open block there, so each piece parses
 * the same alone as in the whole text. Pieces are rendered once and remembered by their text; a keystroke then
 * costs one piece. Heading ids are numbered across pieces afterwards, as Hugo numbers them in the page.
 *
 * <p>Texts with something that reaches across pieces — footnotes, link reference definitions, HTML blocks that may
 * hold blank lines ({@code <pre>}, {@code <script>}, comments, …), fences indented by one to three spaces, headings
 * inside quotes or lists — are rendered whole. Thread-safe.
 */
final class ChunkedMarkdown {

    /** The cache keeps at least this many pieces, and twice as many as the largest text rendered has. */
    private static final int MIN_CACHED = 1024;
    /** Pieces rendered together when none of them is in the cache. */
    static final int BATCH_CHARS = 16 * 1024;
    private static final String[] RAW_BLOCK_TAGS = {"script", "pre", "style", "textarea"};
    private static final Pattern ATX_HEADING = Pattern.compile("#{1,6}(?:[ \\t].*)?");

    /** Guarded by itself. */
    private int capacity = MIN_CACHED;
    private final Map<String, List<RawBlock>> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<RawBlock>> eldest) {
            return size() > capacity;
        }
    };

    /** The blocks of {@code markdown}; the footnotes block, if any, comes last with {@code footnote} set. */
    List<RawBlock> blocks(String markdown, HugoFlavor flavor) {
        List<int[]> pieces = crossesPieces(markdown) ? List.of() : pieces(markdown);
        if (pieces.size() < 2) {
            return whole(markdown, flavor);
        }
        List<List<RawBlock>> rendered = cached(markdown, pieces, flavor);
        if (rendered == null) {
            return whole(markdown, flavor);
        }
        List<RawBlock> blocks = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            int offset = pieces.get(i)[0];
            rendered.get(i).forEach(block -> blocks.add(block.shift(offset)));
        }
        return renumberHeadings(blocks);
    }

    /**
     * Each piece's blocks (offsets inside the piece), from the cache or rendered now; null when a piece holds a
     * heading that is not top-level. Pieces not in the cache are rendered together, consecutive ones in batches of
     * up to {@link #BATCH_CHARS}, then cut apart again: one parse per batch instead of one per piece (a parse has a
     * fixed cost that dominates for small pieces), the same blocks as piece by piece.
     */
    private List<List<RawBlock>> cached(String markdown, List<int[]> pieces, HugoFlavor flavor) {
        char mode = flavor.unsafeHtml() ? 'u' : 's';
        List<String> keys = new ArrayList<>(pieces.size());
        List<List<RawBlock>> found = new ArrayList<>(pieces.size());
        synchronized (cache) {
            capacity = Math.max(capacity, 2 * pieces.size());
            for (int[] piece : pieces) {
                String key = mode + markdown.substring(piece[0], piece[1]);
                keys.add(key);
                found.add(cache.get(key));
            }
        }
        int i = 0;
        while (i < pieces.size()) {
            if (found.get(i) != null) {
                i++;
                continue;
            }
            int first = i;
            int start = pieces.get(first)[0];
            while (i < pieces.size() && found.get(i) == null && (i == first || pieces.get(i)[1] - start <= BATCH_CHARS)) {
                i++;
            }
            if (!renderBatch(markdown, pieces, first, i, flavor, found)) {
                return null;
            }
        }
        synchronized (cache) {
            for (int k = 0; k < pieces.size(); k++) {
                cache.put(keys.get(k), found.get(k));
            }
        }
        return found;
    }

    /** Renders pieces {@code [from, to)} as one text and gives each its blocks; false when a heading is nested. */
    private static boolean renderBatch(String markdown, List<int[]> pieces, int from, int to, HugoFlavor flavor,
                                       List<List<RawBlock>> found) {
        int base = pieces.get(from)[0];
        List<RawBlock> rendered = render(markdown.substring(base, pieces.get(to - 1)[1]), flavor, true);
        if (rendered == null) {
            return false;
        }
        int next = 0;
        for (int k = from; k < to; k++) {
            int pieceStart = pieces.get(k)[0] - base;
            int pieceEnd = pieces.get(k)[1] - base;
            List<RawBlock> own = new ArrayList<>();
            while (next < rendered.size() && (rendered.get(next).start() < pieceEnd || k == to - 1)) {
                own.add(rendered.get(next++).shift(-pieceStart));
            }
            found.set(k, List.copyOf(own));
        }
        return true;
    }

    /**
     * True when {@code markdown} holds something that reaches across pieces: a footnote ({@code [^}), a link reference
     * definition ({@code [label]:} at a line start), an HTML block that may hold blank lines ({@code <script}, {@code
     * <pre}, {@code <style}, {@code <textarea}, {@code <!}, {@code <?} at a line start, any case) or a fence indented
     * by one to three spaces. One pass over the text, looking only at line starts and at each {@code [}.
     */
    static boolean crossesPieces(String markdown) {
        if (markdown.contains("[^")) {
            return true;
        }
        int length = markdown.length();
        for (int lineStart = 0; lineStart < length; ) {
            int i = lineStart;
            while (i < length && i - lineStart < 3 && markdown.charAt(i) == ' ') {
                i++;
            }
            int lineEnd = markdown.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            if (i < lineEnd && startsCrossingBlock(markdown, i, lineEnd, i > lineStart)) {
                return true;
            }
            lineStart = lineEnd + 1;
        }
        return false;
    }

    private static boolean startsCrossingBlock(String text, int at, int lineEnd, boolean indented) {
        char c = text.charAt(at);
        if (c == '[') {
            int close = text.indexOf(']', at + 1);
            return close > at + 1 && close < lineEnd && close + 1 < lineEnd && text.charAt(close + 1) == ':';
        }
        if (c == '<' && at + 1 < lineEnd) {
            char next = text.charAt(at + 1);
            if (next == '!' || next == '?') {
                return true;
            }
            for (String tag : RAW_BLOCK_TAGS) {
                if (text.regionMatches(true, at + 1, tag, 0, tag.length())) {
                    return true;
                }
            }
            return false;
        }
        return indented && (text.startsWith("```", at) || text.startsWith("~~~", at));
    }

    /**
     * Where a new piece may start: the line offsets of top-level headings after a blank line, outside code blocks
     * (the project's code scan, {@link MarkdownCodeRegions}; one cursor walks its blocks, so this stays linear).
     */
    static List<int[]> pieces(String markdown) {
        List<TextRange> code = MarkdownCodeRegions.blocks(markdown);
        List<int[]> pieces = new ArrayList<>();
        int pieceStart = 0;
        int codeCursor = 0;
        boolean previousBlank = true;
        int lineStart = 0;
        while (lineStart < markdown.length()) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            int next = lineEnd < 0 ? markdown.length() : lineEnd + 1;
            String line = markdown.substring(lineStart, lineEnd < 0 ? markdown.length() : lineEnd).stripTrailing();
            while (codeCursor < code.size() && code.get(codeCursor).end() <= lineStart) {
                codeCursor++;
            }
            boolean inCode = codeCursor < code.size() && code.get(codeCursor).start() <= lineStart;
            if (!inCode && previousBlank && lineStart > pieceStart && ATX_HEADING.matcher(line).matches()) {
                pieces.add(new int[] {pieceStart, lineStart});
                pieceStart = lineStart;
            }
            previousBlank = line.isBlank();
            lineStart = next;
        }
        pieces.add(new int[] {pieceStart, markdown.length()});
        return pieces;
    }

    static List<RawBlock> whole(String markdown, HugoFlavor flavor) {
        return render(markdown, flavor, false);
    }

    /** Parses and renders {@code text}; with {@code topLevelHeadingsOnly}, null when a heading is nested. */
    private static List<RawBlock> render(String text, HugoFlavor flavor, boolean topLevelHeadingsOnly) {
        Document document = flavor.parse(text);
        Map<Heading, HeadingIds.HeadingId> ids = HeadingIds.assign(document);
        String[] pieces = flavor.render(document).split(HugoFlavor.BLOCK_MARK + "\n?", -1);
        List<RawBlock> blocks = new ArrayList<>();
        int index = 1;
        int topLevelHeadings = 0;
        for (Node child = document.getFirstChild(); child != null; child = child.getNext(), index++) {
            HeadingIds.HeadingId id = child instanceof Heading heading ? ids.get(heading) : null;
            topLevelHeadings += id == null ? 0 : 1;
            String html = index < pieces.length ? pieces[index].strip() : "";
            blocks.add(new RawBlock(child.getStartOffset(), child.getEndOffset(), html, id,
                    child instanceof FootnoteBlock));
        }
        if (topLevelHeadingsOnly && topLevelHeadings != ids.size()) {
            return null;
        }
        String notes = index < pieces.length ? pieces[index].strip() : "";
        if (!notes.isEmpty()) {
            blocks.add(new RawBlock(text.length(), text.length(), notes, null, true));
        }
        return blocks;
    }

    private static String replaceFirst(String text, String target, String replacement) {
        int at = text.indexOf(target);
        return at < 0 ? text : text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    /** Hugo numbers repeated heading ids through the whole page: each piece only knew its own. */
    private static List<RawBlock> renumberHeadings(List<RawBlock> blocks) {
        HeadingIds.Used used = new HeadingIds.Used();
        List<RawBlock> out = new ArrayList<>(blocks.size());
        for (RawBlock block : blocks) {
            HeadingIds.HeadingId heading = block.heading();
            if (heading == null) {
                out.add(block);
                continue;
            }
            String id;
            if (heading.custom()) {
                used.claim(heading.base());
                id = heading.base();
            } else {
                id = used.claimUnique(heading.base());
            }
            // Ids hold letters, digits, "_" and "-" only (custom ones [\w-]+), so they appear in the HTML as they are.
            if (id.equals(heading.id())) {
                out.add(block);
            } else {
                String html = replaceFirst(block.html(), " id=\"" + heading.id() + "\"", " id=\"" + id + "\"");
                out.add(new RawBlock(block.start(), block.end(), html, new HeadingIds.HeadingId(id,
                        heading.attributes(), heading.base(), false), false));
            }
        }
        return out;
    }
}
