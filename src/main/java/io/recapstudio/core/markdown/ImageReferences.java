package io.recapstudio.core.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.recapstudio.core.text.TextRange;
import com.vladsch.flexmark.ast.Heading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The images a post's body shows from files, found as the pipeline's Markdown parser reads the body: Markdown images
 * (inline and by reference) and raw HTML {@code <img>} tags with their {@code src} and every {@code srcset} entry.
 * Images in code are not images; shortcode arguments are the shortcode parser's to find.
 *
 * <p>{@link #of} parses the whole body. An instance made by {@link #remembering()} parses a body piece by piece, cut
 * as the render pipeline cuts it ({@link ChunkedMarkdown}: before top-level headings, the whole text when something
 * reaches across pieces), and remembers each piece's references by its text: checking again after a keystroke parses
 * the one piece it touched. Thread-safe.
 */
public final class ImageReferences {

    private static final HugoFlavor FLAVOR = new HugoFlavor(true);
    /** The pieces remembered: at least this many, and twice as many as the largest text has. */
    private static final int MIN_REMEMBERED = 1024;

    /** Guarded by itself. */
    private final Map<String, List<Reference>> remembered = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Reference>> eldest) {
            return size() > capacity;
        }
    };
    /** Guarded by {@link #remembered}. */
    private int capacity = MIN_REMEMBERED;

    /**
     * One image reference.
     *
     * @param url   the URL as the post writes it (entities decoded)
     * @param range where it is in the post's text
     * @param what  how the post refers to it, for messages: {@code image}, {@code <img src>}, {@code srcset}
     */
    public record Reference(String url, TextRange range, String what) {
    }

    private ImageReferences() {
    }

    /** A finder that remembers the pieces of the bodies it has read (one per checker, kept between checks). */
    public static ImageReferences remembering() {
        return new ImageReferences();
    }

    /** The image references in {@code text} from offset {@code bodyStart} on (the body after the front matter). */
    public static List<Reference> of(String text, int bodyStart) {
        return parse(body(text, bodyStart), bodyStart, false);
    }

    /** Like {@link #of}, parsing only the pieces of the body not read before. */
    public List<Reference> find(String text, int bodyStart) {
        String body = body(text, bodyStart);
        List<int[]> pieces = ChunkedMarkdown.crossesPieces(body) ? List.of() : ChunkedMarkdown.pieces(body);
        if (pieces.size() < 2) {
            return parse(body, bodyStart, false);
        }
        List<Reference> found = new ArrayList<>();
        for (int[] piece : pieces) {
            String pieceText = body.substring(piece[0], piece[1]);
            List<Reference> own;
            synchronized (remembered) {
                capacity = Math.max(capacity, 2 * pieces.size());
                own = remembered.get(pieceText);
            }
            if (own == null) {
                own = parse(pieceText, 0, piece[0] > 0);
                if (own == null) {
                    return parse(body, bodyStart, false); // the cut fell inside a block: read the body whole
                }
                synchronized (remembered) {
                    remembered.put(pieceText, own);
                }
            }
            int shift = bodyStart + piece[0];
            own.forEach(r -> found.add(new Reference(r.url(), TextRange.of(shift + r.range().start(),
                    shift + r.range().end()), r.what())));
        }
        return found;
    }

    private static String body(String text, int bodyStart) {
        return text.substring(bodyStart).replace(HugoFlavor.BLOCK_MARK.charAt(0), '\uFFFD');
    }

    /**
     * The references of {@code markdown}, shifted by {@code shift}; null when {@code headingFirst} and the text does
     * not start with a top-level heading (a piece must, or it did not parse the same alone).
     */
    private static List<Reference> parse(String markdown, int shift, boolean headingFirst) {
        Document document = FLAVOR.parse(markdown);
        if (headingFirst && !(document.getFirstChild() instanceof Heading)) {
            return null;
        }
        List<Reference> found = new ArrayList<>();
        collect(document, document, shift, found);
        return List.copyOf(found);
    }

    private static void collect(Node node, Document document, int shift, List<Reference> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image image) {
                found.add(new Reference(image.getUrl().unescape(), TextRange.of(shift + image.getUrl().getStartOffset(),
                        shift + image.getUrl().getEndOffset()), "image"));
            } else if (child instanceof ImageRef ref) {
                com.vladsch.flexmark.ast.Reference definition = ref.getReferenceNode(document);
                if (definition != null) {
                    found.add(new Reference(definition.getUrl().unescape(), TextRange.of(shift + ref.getStartOffset(),
                            shift + ref.getEndOffset()), "image"));
                }
            } else if (child instanceof HtmlBlock || child instanceof HtmlInline) {
                rawImages(child, shift, found);
            }
            collect(child, document, shift, found);
        }
    }

    private static void rawImages(Node html, int shift, List<Reference> found) {
        String raw = html.getChars().toString();
        if (!raw.toLowerCase(java.util.Locale.ROOT).contains("<img")) {
            return;
        }
        int start = shift + html.getStartOffset();
        for (Element img : Jsoup.parseBodyFragment(raw).select("img")) {
            if (img.hasAttr("src")) {
                found.add(new Reference(img.attr("src"), near(raw, img.attr("src"), start), "<img src>"));
            }
            for (String candidate : img.attr("srcset").split(",")) {
                String url = candidate.strip().split("\\s+", 2)[0];
                if (!url.isEmpty()) {
                    found.add(new Reference(url, near(raw, url, start), "srcset"));
                }
            }
        }
    }

    /** Where {@code value} is written in {@code raw}, or the start of the HTML when it is written encoded. */
    private static TextRange near(String raw, String value, int start) {
        int at = value.isEmpty() ? -1 : raw.indexOf(value);
        return at < 0 ? TextRange.empty(start) : TextRange.of(start + at, start + at + value.length());
    }
}
