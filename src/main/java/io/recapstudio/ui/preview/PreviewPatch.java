package io.recapstudio.ui.preview;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.recapstudio.core.markdown.RenderResult;
import io.recapstudio.core.markdown.RenderedBlock;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What the preview page must change to go from one render to the next: the blocks kept at the start, the blocks
 * kept at the end (whose source lines all moved by the same number of lines), and the blocks between them, sent with
 * their HTML. A keystroke in one paragraph sends that paragraph; a new line shifts the lines of the blocks after it
 * without sending them. Made on the render thread, so the FX thread only hands the JSON to the page.
 *
 * @param before the render it starts from (the page must show exactly that one); null for a patch that replaces
 *               whatever the page shows
 * @param after  the render it leads to
 * @param json   the patch as {@code preview.js} reads it
 */
record PreviewPatch(RenderResult before, RenderResult after, String json) {

    private static final JsonFactory JSON = new JsonFactory();

    /** The patch from {@code before} (null: an empty page) to {@code after}. */
    static PreviewPatch between(RenderResult before, RenderResult after) {
        if (before == null) {
            return whole(after);
        }
        List<RenderedBlock> old = before.blocks();
        List<RenderedBlock> now = after.blocks();
        int limit = Math.min(old.size(), now.size());
        int prefix = 0;
        while (prefix < limit && same(old.get(prefix), now.get(prefix), 0)) {
            prefix++;
        }
        int suffix = 0;
        int delta = 0;
        if (prefix < limit) {
            RenderedBlock lastOld = old.get(old.size() - 1);
            RenderedBlock lastNow = now.get(now.size() - 1);
            delta = lastNow.firstLine() - lastOld.firstLine();
            while (suffix < limit - prefix && same(old.get(old.size() - 1 - suffix),
                    now.get(now.size() - 1 - suffix), delta)) {
                suffix++;
            }
        }
        return new PreviewPatch(before, after,
                json(after.version(), before.version(), prefix, suffix, suffix == 0 ? 0 : delta,
                        now.subList(prefix, now.size() - suffix)));
    }

    /** A patch that replaces whatever the page shows with {@code result}. */
    static PreviewPatch whole(RenderResult result) {
        return new PreviewPatch(null, result, json(result.version(), -1, 0, 0, 0, result.blocks()));
    }

    private static boolean same(RenderedBlock a, RenderedBlock b, int delta) {
        return a.key().equals(b.key()) && b.firstLine() - a.firstLine() == delta
                && b.lastLine() - a.lastLine() == delta;
    }

    private static String json(long version, long base, int prefix, int suffix, int delta,
                               List<RenderedBlock> middle) {
        StringWriter out = new StringWriter(256 + middle.stream().mapToInt(b -> b.html().length() + 48).sum());
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("v", version);
            json.writeNumberField("b", base);
            json.writeNumberField("p", prefix);
            json.writeNumberField("s", suffix);
            json.writeNumberField("d", delta);
            json.writeArrayFieldStart("m");
            for (RenderedBlock block : middle) {
                json.writeStartObject();
                json.writeStringField("k", block.key());
                json.writeStringField("h", block.html());
                json.writeNumberField("f", block.firstLine());
                json.writeNumberField("l", block.lastLine());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the preview patch", e);
        }
        return out.toString();
    }
}
