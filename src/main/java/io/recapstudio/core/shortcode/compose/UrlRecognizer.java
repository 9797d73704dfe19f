package io.recapstudio.core.shortcode.compose;

import io.recapstudio.core.shortcode.Delimiter;
import io.recapstudio.core.shortcode.ShortcodeWriter;
import io.recapstudio.core.shortcode.catalog.ShortcodeCatalog;
import io.recapstudio.core.shortcode.catalog.ShortcodeVersionRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a pasted post URL into the embed shortcode for it: an X/Twitter status into {@code x} or {@code tweet}
 * (whichever the site's Hugo has) with user and id; a YouTube video (watch, youtu.be, shorts, embed, live) into
 * {@code youtube}, with its start time where the site's Hugo supports {@code start}; a Vimeo video into
 * {@code vimeo}. Anything else is left alone.
 */
public final class UrlRecognizer {

    private static final Pattern STATUS = Pattern.compile("^/([A-Za-z0-9_]{1,15})/status(?:es)?/(\\d{1,25})(?:/.*)?$");
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern YOUTUBE_PATH = Pattern.compile("^/(?:shorts|embed|live|v)/([A-Za-z0-9_-]{11})(?:/.*)?$");
    private static final Pattern VIMEO_PATH = Pattern.compile("^/(?:video/|channels/[^/]+/|groups/[^/]+/videos/)?(\\d{5,12})(?:/.*)?$");
    private static final Pattern TIME = Pattern.compile("^(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s?)?$");

    private final ShortcodeCatalog catalog;

    public UrlRecognizer(ShortcodeCatalog catalog) {
        this.catalog = catalog;
    }

    /** The call for {@code pasted} when it is one post URL (surrounding blanks allowed). */
    public Optional<String> callFor(String pasted) {
        if (pasted == null) {
            return Optional.empty();
        }
        String text = pasted.strip();
        if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null || uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT)
                .startsWith("http")) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www\\.|mobile\\.|m\\.)", "");
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return switch (host) {
            case "twitter.com", "x.com" -> status(path);
            case "youtube.com", "youtube-nocookie.com", "music.youtube.com" -> youtube(path, uri.getRawQuery(),
                    uri.getRawFragment());
            case "youtu.be" -> youtuBe(path, uri.getRawQuery());
            case "vimeo.com", "player.vimeo.com" -> vimeo(path);
            default -> Optional.empty();
        };
    }

    private Optional<String> status(String path) {
        Matcher m = STATUS.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        ShortcodeVersionRules rules = catalog.versionRules();
        String name = rules.tweetShortcodeName();
        return Optional.of(ShortcodeWriter.call(name, Delimiter.ANGLE).named("user", m.group(1))
                .named("id", m.group(2)).write());
    }

    private Optional<String> youtube(String path, String query, String fragment) {
        String id = null;
        if (path.equals("/watch")) {
            id = param(query, "v");
        } else {
            Matcher m = YOUTUBE_PATH.matcher(path);
            if (m.matches()) {
                id = m.group(1);
            }
        }
        if (id == null || !YOUTUBE_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        String start = Optional.ofNullable(param(query, "t")).or(() -> Optional.ofNullable(param(query, "start")))
                .or(() -> Optional.ofNullable(param(fragment, "t"))).map(UrlRecognizer::seconds).orElse(null);
        return Optional.of(youtubeCall(id, start));
    }

    private Optional<String> youtuBe(String path, String query) {
        String id = path.startsWith("/") ? path.substring(1) : path;
        if (!YOUTUBE_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        String start = Optional.ofNullable(param(query, "t")).or(() -> Optional.ofNullable(param(query, "start")))
                .map(UrlRecognizer::seconds).orElse(null);
        return Optional.of(youtubeCall(id, start));
    }

    private String youtubeCall(String id, String start) {
        boolean startSupported = catalog.find("youtube").flatMap(e -> e.param("start"))
                .map(p -> catalog.versionRules().isAvailable(p)).orElse(false);
        ShortcodeWriter writer = ShortcodeWriter.call("youtube", Delimiter.ANGLE);
        if (start != null && !start.equals("0") && startSupported) {
            return writer.named("id", id).named("start", start).write();
        }
        return writer.positional(id).write();
    }

    private Optional<String> vimeo(String path) {
        Matcher m = VIMEO_PATH.matcher(path);
        return m.matches() ? Optional.of(ShortcodeWriter.call("vimeo", Delimiter.ANGLE).positional(m.group(1)).write())
                : Optional.empty();
    }

    /** {@code 90}, {@code 90s}, {@code 1m30s}, {@code 1h2m3s} as seconds; null when it is none of these. */
    static String seconds(String value) {
        Matcher m = TIME.matcher(value);
        if (value.isEmpty() || !m.matches()) {
            return null;
        }
        long total = 0;
        total += m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 3600;
        total += m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 60;
        total += m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        return Long.toString(total);
    }

    private static String param(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }
}
