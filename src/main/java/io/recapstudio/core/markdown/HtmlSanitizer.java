package io.recapstudio.core.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;

/**
 * The last step of the pipeline on every block's HTML (the post's Markdown and raw HTML, shortcode output, the page
 * header with the front matter's title and description): parsed as the WebView parses it (jsoup's HTML5 parser),
 * every loading element decided by {@link LoadingElements}, then everything the {@link HtmlAllowList} does not name
 * dropped, and the result written out again from the clean tree. What reaches the preview or the standalone document
 * is only what this class wrote, so markup the parser and the browser might read differently never passes through.
 *
 * <p>A block whose images are all made by the pipeline (processed images), remote or embedded does not depend on
 * the disk; its result is remembered by its HTML, so a keystroke sanitises only the block it changed. A block that
 * names a bundle file is looked up again each time. Thread-safe.
 */
final class HtmlSanitizer {

    private static final int MAX_CACHED = 2048;
    private static final int MAX_CACHED_LENGTH = 64 * 1024;

    private final Map<String, String> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_CACHED;
        }
    };

    /** {@code html} as the page may show it, with the loading elements decided in {@code context}. */
    String sanitize(String html, LoadingElements.Context context) {
        String key = (context.offline() ? 'o' : 'n') + html;
        synchronized (cache) {
            String known = cache.get(key);
            if (known != null) {
                return known;
            }
        }
        Document dirty = Parser.parseBodyFragment(html, "");
        LoadingElements loads = new LoadingElements(context);
        loads.apply(dirty.body());
        HtmlAllowList allowList = new HtmlAllowList(url -> context.issued().test(url)
                || !context.offline() && LoadingElements.isRemote(url));
        Document clean = new Cleaner(allowList).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        String result = clean.body().html();
        if (!loads.readDisk() && html.length() <= MAX_CACHED_LENGTH) {
            synchronized (cache) {
                cache.put(key, result);
            }
        }
        return result;
    }
}
