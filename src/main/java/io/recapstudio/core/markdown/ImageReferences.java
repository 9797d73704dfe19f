package io.recapstudio.core.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The images a post's body shows from files, found as the pipeline's Markdown parser reads the body: Markdown images
 * (inline and by reference) and raw HTML {@code <img>} tags with their {@code src} and every {@code srcset} entry.
 * Images in code are not images; shortcode arguments are the shortcode parser's to find.
 */
public final class ImageReferences {

    private static final HugoFlavor FLAVOR = new HugoFlavor(true);

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

    /** The image references in {@code text} from offset {@code bodyStart} on (the body after the front matter). */
    public static List<Reference> of(String text, int bodyStart) {
        String body = text.substring(bodyStart).replace(HugoFlavor.BLOCK_MARK.charAt(0), '\uFFFD');
        Document document = FLAVOR.parse(body);
        List<Reference> found = new ArrayList<>();
        collect(document, document, bodyStart, found);
        return found;
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
