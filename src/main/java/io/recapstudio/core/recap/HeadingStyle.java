package io.recapstudio.core.recap;

import io.recapstudio.core.post.Post;
import io.recapstudio.core.shortcode.MarkdownCodeRegions;
import io.recapstudio.core.site.IndexedPost;
import io.recapstudio.core.site.SiteIndex;
import io.recapstudio.core.text.TextRange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a site writes the headings of a post's sections: their level (the level its posts' top headings have, most
 * often {@code ##}), ATX ({@code ## Day 1}) or setext (underlined, levels 1 and 2 only), and Title Case or Sentence
 * case, as most of its posts do.
 *
 * @param level     1 to 6
 * @param setext    underlined with {@code ===} or {@code ---} instead of {@code #}s (only for level 1 or 2)
 * @param titleCase Every Main Word Capitalised, instead of only the first
 */
public record HeadingStyle(int level, boolean setext, boolean titleCase) {

    /** {@code ## Sentence case}, for a site without posts to learn from. */
    public static final HeadingStyle DEFAULT = new HeadingStyle(2, false, false);

    private static final Pattern ATX = Pattern.compile("(?m)^ {0,3}(#{1,6})[ \\t]+(.+?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("(?m)^ {0,3}(\\S[^\\n]*)\\n {0,3}(=+|-+)[ \\t]*$");
    private static final Set<String> SMALL = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "in", "of",
            "on", "or", "the", "to", "with", "vs");
    private static final int RECENT = 30;

    public HeadingStyle {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("a heading level is 1 to 6, not " + level);
        }
        setext = setext && level <= 2;
    }

    /** The heading for {@code sentenceCase} (e.g. "Talks you might have missed") in this style, without a newline. */
    public String heading(String sentenceCase) {
        String text = titleCase ? titleCase(sentenceCase) : sentenceCase;
        return setext ? text + "\n" + (level == 1 ? "=" : "-").repeat(Math.max(3, text.length()))
                : "#".repeat(level) + " " + text;
    }

    /** The style most of {@code bodies} (posts' bodies, front matter left out) write; {@link #DEFAULT} for none. */
    public static HeadingStyle learn(List<String> bodies) {
        Map<Integer, Integer> levels = new HashMap<>();
        int setext = 0;
        int atx = 0;
        int title = 0;
        int sentence = 0;
        for (String body : bodies) {
            List<int[]> found = headings(body); // {level, setext ? 1 : 0, title/sentence/neither}
            found.stream().mapToInt(h -> h[0]).min().ifPresent(top -> levels.merge(top, 1, Integer::sum));
            for (int[] h : found) {
                setext += h[1];
                atx += h[0] <= 2 ? 1 - h[1] : 0;
                title += h[2] == 1 ? 1 : 0;
                sentence += h[2] == 2 ? 1 : 0;
            }
        }
        if (levels.isEmpty()) {
            return DEFAULT;
        }
        int level = levels.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        return new HeadingStyle(level, setext > atx, title > sentence);
    }

    /** The style of the site's most recent posts (of {@code section} when given and it has posts). */
    public static HeadingStyle ofSite(SiteIndex index, Optional<String> section) {
        List<IndexedPost> posts = index.posts().stream()
                .filter(p -> section.isEmpty() || section.get().equals(p.post().section())).toList();
        if (posts.isEmpty()) {
            posts = index.posts();
        }
        List<String> bodies = new ArrayList<>();
        for (IndexedPost p : posts.stream().sorted(Comparator.comparing(IndexedPost::date,
                Comparator.nullsFirst(Comparator.naturalOrder())).reversed()).limit(RECENT).toList()) {
            try {
                Post post = Post.read(p.post().file());
                bodies.add(post.text().substring(post.bodyStart()));
            } catch (IOException | RuntimeException e) {
                // a post that cannot be read teaches nothing; the others still do
            }
        }
        return learn(bodies);
    }

    /** Every heading of {@code body} outside code: level, setext or not, and its case (1 title, 2 sentence, 0 ?). */
    private static List<int[]> headings(String body) {
        List<TextRange> code = MarkdownCodeRegions.blocks(body);
        List<int[]> found = new ArrayList<>();
        Matcher atx = ATX.matcher(body);
        while (atx.find()) {
            if (outside(code, atx.start())) {
                found.add(new int[] {atx.group(1).length(), 0, caseOf(atx.group(2))});
            }
        }
        Matcher setext = SETEXT.matcher(body);
        while (setext.find()) {
            String text = setext.group(1).strip();
            boolean paragraphLine = text.startsWith("#") || text.startsWith("-") || text.startsWith("|")
                    || text.startsWith(">") || text.startsWith("{{") || text.startsWith("<");
            if (outside(code, setext.start()) && !paragraphLine && setext.start() > 0
                    && body.charAt(setext.start() - 1) == '\n' && (setext.start() < 2
                    || body.charAt(setext.start() - 2) == '\n')) {
                found.add(new int[] {setext.group(2).startsWith("=") ? 1 : 2, 1, caseOf(text)});
            }
        }
        return found;
    }

    private static boolean outside(List<TextRange> code, int offset) {
        return code.stream().noneMatch(r -> r.contains(offset));
    }

    /** 1 when every main word after the first is capitalised, 2 when some is not, 0 when it cannot tell. */
    private static int caseOf(String heading) {
        String[] words = heading.replaceAll("[^\\p{L}\\s'-]", " ").strip().split("\\s+");
        int main = 0;
        int capital = 0;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.length() < 2 || SMALL.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            main++;
            capital += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
        }
        if (main < 1) {
            return 0;
        }
        return capital == main ? 1 : capital == 0 ? 2 : 0;
    }

    private static String titleCase(String text) {
        String[] words = text.split(" ", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean small = i > 0 && SMALL.contains(w.toLowerCase(Locale.ROOT));
            out.append(i > 0 ? " " : "").append(w.isEmpty() || small ? w
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }
}
