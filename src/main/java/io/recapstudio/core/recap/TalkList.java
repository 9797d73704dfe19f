package io.recapstudio.core.recap;

import io.recapstudio.core.shortcode.compose.UrlRecognizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pasted list of talks made into Markdown, from the text and the addresses alone (nothing is fetched): one talk a
 * line, as people paste them: {@code Title - Speaker, Company URL}, {@code Title — Speaker (Company): URL}, a
 * Markdown link, a list item, spreadsheet cells (tabs) or a table row ({@code |}), a title line followed by its URL
 * on the next line, or a bare YouTube, Vimeo or sched address (a sched page gives its title from the address).
 */
public final class TalkList {

    /** How the talks are written. */
    public enum Style {
        /** {@code - [Title - Speaker, Company](URL)}, one a line. */
        LINKS,
        /** The talk in bold, then the video's embed shortcode (a link for what is not a video). */
        EMBEDS
    }

    /**
     * One talk.
     *
     * @param title   the talk's title (empty when only an address was given)
     * @param speaker who gave it, or empty
     * @param company the speaker's company, or empty
     * @param url     its address, or empty
     */
    public record Talk(String title, String speaker, String company, String url) {

        /** {@code Title - Speaker, Company}, as far as known; the address when nothing else is. */
        public String label() {
            StringBuilder label = new StringBuilder(title);
            if (!speaker.isEmpty()) {
                label.append(label.isEmpty() ? "" : " - ").append(speaker);
            }
            if (!company.isEmpty()) {
                label.append(speaker.isEmpty() && !label.isEmpty() ? " - " : label.isEmpty() ? "" : ", ")
                        .append(company);
            }
            return label.isEmpty() ? url : label.toString();
        }
    }

    private static final Pattern URL = Pattern.compile("<?(https?://[^\\s<>|]+[^\\s<>|.,;:!?)\\]'\"])>?");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,3}[.)])\\s+");
    private static final Pattern MD_LINK = Pattern.compile("^\\[(.+)]\\((\\S+?)\\)(.*)$");
    private static final Pattern DASH = Pattern.compile("\\s+[-–—|]\\s+");
    private static final Pattern BY = Pattern.compile("\\s+by\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARENS = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)$");
    private static final Pattern SCHED_EVENT = Pattern.compile("^/event/[^/]+/([^/?#]+)");
    private static final Pattern HEADER_WORDS = Pattern.compile("(?i)\\s*(title|talk|session|speakers?|company"
            + "|organi[sz]ation|url|link|video|recording|slides)\\s*");

    private TalkList() {
    }

    /** The talks in {@code pasted}, in order; blank lines, table rules and header rows left out. */
    public static List<Talk> parse(String pasted) {
        List<String> lines = pasted.lines().map(String::strip).filter(l -> !l.isEmpty())
                .filter(l -> !l.matches("\\|?[\\s:|-]*-{3,}[\\s:|-]*")).toList();
        List<Talk> talks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean noUrl = !URL.matcher(line).find();
            if (noUrl && i + 1 < lines.size() && bareUrl(lines.get(i + 1))) {
                line = line + " " + lines.get(++i);
            }
            talk(line).ifPresent(talks::add);
        }
        return talks;
    }

    /** The talks of {@code pasted} as Markdown in {@code style}; embeds use the shortcodes {@code urls} knows. */
    public static String format(String pasted, Style style, UrlRecognizer urls) {
        return format(parse(pasted), style, urls);
    }

    /** {@code talks} as Markdown in {@code style}, ending with a line break. */
    public static String format(List<Talk> talks, Style style, UrlRecognizer urls) {
        StringBuilder out = new StringBuilder();
        for (Talk talk : talks) {
            Optional<String> embed = style == Style.EMBEDS && !talk.url().isEmpty() ? urls.callFor(talk.url())
                    : Optional.empty();
            if (embed.isPresent()) {
                out.append(out.isEmpty() ? "" : "\n").append("**").append(escape(talk.label())).append("**\n\n")
                        .append(embed.get()).append('\n');
            } else {
                out.append(style == Style.EMBEDS && !out.isEmpty() ? "\n" : "").append("- ").append(link(talk))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String link(Talk talk) {
        if (talk.url().isEmpty()) {
            return escape(talk.label());
        }
        return talk.label().equals(talk.url()) ? "<" + talk.url() + ">"
                : "[" + escape(talk.label()) + "](" + talk.url().replace(")", "%29").replace(" ", "%20") + ")";
    }

    private static String escape(String label) {
        return label.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("*", "\\*");
    }

    private static boolean bareUrl(String line) {
        Matcher m = URL.matcher(line);
        return m.matches();
    }

    private static Optional<Talk> talk(String raw) {
        String line = BULLET.matcher(raw).replaceFirst("");
        Matcher link = MD_LINK.matcher(line);
        if (link.matches()) {
            line = link.group(1) + " " + link.group(3) + " " + link.group(2);
        }
        if (line.contains("\t") || line.startsWith("|") || line.chars().filter(c -> c == '|').count() >= 2) {
            return cells(line.split(line.contains("\t") ? "\t" : "\\|"));
        }
        Matcher url = URL.matcher(line);
        String address = "";
        String text = line;
        if (url.find()) {
            address = url.group(1);
            text = (line.substring(0, url.start()) + " " + line.substring(url.end())).strip();
        }
        text = text.replaceAll("\\(\\s*\\)|\\[\\s*]", "").replaceAll("^[\\s:–—-]+|[\\s:–—.,;(\\[-]+$", "")
                .strip();
        if (text.isEmpty() && address.isEmpty()) {
            return Optional.empty();
        }
        if (text.isEmpty()) {
            return Optional.of(new Talk(titleFromAddress(address), "", "", address));
        }
        return Optional.of(labelled(text, address));
    }

    /** A row of cells: the address wherever it is, then title, speaker and company in that order. */
    private static Optional<Talk> cells(String[] row) {
        String address = "";
        List<String> rest = new ArrayList<>();
        for (String cell : row) {
            String c = cell.strip();
            Matcher url = URL.matcher(c);
            if (address.isEmpty() && url.find()) {
                address = url.group(1);
                String left = (c.substring(0, url.start()) + c.substring(url.end())).replaceAll("[\\[\\]()<>]", "")
                        .strip();
                if (!left.isEmpty()) {
                    rest.add(left);
                }
            } else if (!c.isEmpty()) {
                rest.add(c);
            }
        }
        if (address.isEmpty() && rest.stream().allMatch(c -> HEADER_WORDS.matcher(c).matches())) {
            return Optional.empty(); // a header row
        }
        if (rest.size() == 1) {
            return Optional.of(labelled(rest.get(0), address));
        }
        return Optional.of(new Talk(rest.isEmpty() ? titleFromAddress(address) : rest.get(0),
                rest.size() > 1 ? rest.get(1) : "", rest.size() > 2 ? String.join(", ", rest.subList(2, rest.size()))
                : "", address));
    }

    /** {@code Title - Speaker, Company}, {@code Title by Speaker (Company)} and the like. */
    private static Talk labelled(String text, String address) {
        String title = text;
        String who = "";
        Matcher dash = DASH.matcher(text);
        int cut = -1;
        int after = -1;
        while (dash.find()) {
            cut = dash.start();
            after = dash.end();
        }
        if (cut < 0) {
            Matcher by = BY.matcher(text);
            while (by.find()) {
                cut = by.start();
                after = by.end();
            }
        }
        if (cut > 0) {
            title = text.substring(0, cut).strip();
            who = text.substring(after).strip();
        }
        String speaker = who;
        String company = "";
        Matcher parens = PARENS.matcher(who);
        if (parens.matches()) {
            speaker = parens.group(1).strip();
            company = parens.group(2).strip();
        } else if (who.contains(", ")) {
            speaker = who.substring(0, who.indexOf(", ")).strip();
            company = who.substring(who.indexOf(", ") + 2).strip();
        }
        return new Talk(title, speaker, company, address);
    }

    /** A sched page's title from its address ({@code /event/1i7kI/keynote-opening-remarks}); else none. */
    private static String titleFromAddress(String address) {
        try {
            URI uri = new URI(address);
            String host = Optional.ofNullable(uri.getHost()).orElse("").toLowerCase(Locale.ROOT);
            Matcher slug = SCHED_EVENT.matcher(Optional.ofNullable(uri.getPath()).orElse(""));
            if (host.endsWith(".sched.com") && slug.find()) {
                String words = slug.group(1).replace('-', ' ').replaceAll("\\s+", " ").strip();
                return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
        } catch (URISyntaxException e) {
            return "";
        }
        return "";
    }
}
