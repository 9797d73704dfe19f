package io.recapstudio.core.markdown.preview;

import io.recapstudio.core.text.RuleId;
import static io.recapstudio.core.markdown.Html.escape;

import io.recapstudio.core.markdown.ShortcodeException;
import io.recapstudio.core.markdown.ShortcodeInvocation;
import io.recapstudio.core.markdown.ShortcodeRenderer;
import java.util.Optional;

/**
 * Offline cards for the embeds the site loads from the network: posts on X/Twitter ({@code tweet}, {@code x},
 * {@code twitter}) and videos ({@code youtube}, {@code vimeo}). A card shows what the embed is, its id, title and
 * start time and a link; it never loads anything.
 */
final class EmbedCards {

    private EmbedCards() {
    }

    /** {@code tweet user=NAME id=NUMBER} (older posts: positional {@code USER ID} or just {@code ID}). */
    static ShortcodeRenderer post(String host) {
        return (call, context) -> {
            String id = call.get("id").or(() -> call.get(call.positional().size() > 1 ? 1 : 0))
                    .orElseThrow(() -> new ShortcodeException(RuleId.TWEET_ARGUMENTS.id(), call.name()
                            + " needs the post's id: {{< " + call.name() + " user=NAME id=NUMBER >}}"));
            Optional<String> user = call.get("user").or(() -> call.positional().size() > 1 ? call.get(0)
                    : Optional.empty());
            String url = "https://" + host + "/" + user.orElse("i/web") + "/status/" + id;
            return card("rs-post", "Post on X (Twitter)", user.map(u -> "@" + u).orElse("Post " + id),
                    "<div class=\"rs-card-meta\">id " + escape(id) + "</div>", url,
                    "The embedded post is not loaded offline.");
        };
    }

    /** {@code youtube ID} or {@code youtube id=ID title=… start=SECONDS}. */
    static ShortcodeRenderer youtube() {
        return (call, context) -> video(call, "YouTube video",
                id -> "https://www.youtube.com/watch?v=" + id, start -> "&t=" + start + "s");
    }

    /** {@code vimeo ID} or {@code vimeo id=ID title=…}. */
    static ShortcodeRenderer vimeo() {
        return (call, context) -> video(call, "Vimeo video", id -> "https://vimeo.com/" + id,
                start -> "#t=" + start + "s");
    }

    private interface Url {
        String of(String value);
    }

    private static String video(ShortcodeInvocation call, String kind, Url watch, Url startSuffix)
            throws ShortcodeException {
        String id = call.get("id", 0).orElseThrow(() -> new ShortcodeException(RuleId.VIDEO_ARGUMENTS.id(),
                call.name() + " needs the video id: {{< " + call.name() + " VIDEO_ID >}}"));
        Optional<String> start = call.get("start").filter(s -> s.matches("\\d+"));
        StringBuilder meta = new StringBuilder("<div class=\"rs-card-meta\">id ").append(escape(id));
        start.ifPresent(s -> meta.append(" · starts at ").append(clock(Integer.parseInt(s))));
        meta.append("</div>");
        String url = watch.of(id) + start.map(startSuffix::of).orElse("");
        return "<div class=\"rs-video\">" + card("rs-video-card", kind, call.get("title").orElse(kind + " " + id),
                meta.toString(), url, "Thumbnail not available offline.") + "</div>";
    }

    private static String clock(int seconds) {
        int h = seconds / 3600;
        int m = seconds % 3600 / 60;
        int s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    /** Shown without its scheme, so Markdown's linkify does not link the text again when the card is inline. */
    private static String withoutScheme(String url) {
        return url.replaceFirst("^https://", "");
    }

    private static String card(String cssClass, String kind, String title, String metaHtml, String url,
                               String note) {
        return "<div class=\"rs-card " + cssClass + "\"><div class=\"rs-card-kind\">" + escape(kind)
                + "</div><div class=\"rs-card-title\">" + escape(title) + "</div>" + metaHtml
                + "<a class=\"rs-card-link\" href=\"" + escape(url) + "\">" + escape(withoutScheme(url)) + "</a>"
                + "<div class=\"rs-card-note\">" + escape(note) + "</div></div>";
    }
}
