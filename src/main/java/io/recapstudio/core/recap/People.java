package io.recapstudio.core.recap;

import io.recapstudio.core.shortcode.MarkdownCodeRegions;
import io.recapstudio.core.text.TextRange;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a post names (speakers, booth staff, authors), kept from its text: every run of two to four capitalised
 * words outside code, links' targets and web addresses is a name as written; two names word for word the same but
 * for accents, or for one letter of one word, are the same person spelled two ways. Nothing is looked up: the list
 * is the text's own.
 */
public final class People {

    /** One name as written at {@code range} of the text. */
    public record Mention(String spelling, TextRange range, boolean inFrontMatter) {
    }

    /**
     * A name the post spells more than one way.
     *
     * @param preferred the first mention of the spelling to keep: the front matter's, else the most frequent, else
     *                  the first
     * @param others    every mention spelled otherwise, in text order
     */
    public record Spellings(Mention preferred, List<Mention> others) {

        /** The other spellings, each once, in text order. */
        public List<String> otherSpellings() {
            return others.stream().map(Mention::spelling).distinct().toList();
        }
    }

    /** A capitalised word: letters, with apostrophes and hyphens only between letters (O'Neil, Jean-Luc). */
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}]*(?:['’-]\\p{L}[\\p{L}\\p{M}]*)*";
    private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\p{N}_@#/.-])" + WORD + "(?:[ \\u00A0]" + WORD
            + ")+(?![\\p{L}\\p{N}_/-])");
    private static final Pattern WORD_PATTERN = Pattern.compile(WORD);
    /**
     * Web addresses, links' targets and e-mail addresses. Every repeated part that could run on is bounded, so a
     * megabyte without a space costs a bounded look from each position, not a scan to the end of the text from each.
     */
    private static final Pattern ADDRESS = Pattern.compile("\\b[a-zA-Z][a-zA-Z+.-]{0,31}://\\S{1,4096}"
            + "|\\bwww\\.\\S{1,4096}|\\]\\([^)\\n]{0,2048}\\)|[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}");
    /** Words that start a sentence or a heading before a name; never the first word of one. */
    private static final Set<String> LEADING = Set.of("a", "an", "and", "as", "at", "but", "by", "day", "dear", "for",
            "from", "hello", "hi", "if", "in", "join", "meet", "mr", "mrs", "ms", "dr", "of", "on", "or", "our", "so",
            "speaker", "speakers", "thank", "thanks", "that", "the", "then", "this", "to", "we", "when", "while",
            "with", "congrats", "congratulations", "keynote", "talk", "host", "hosts", "kudos", "shoutout",
            "welcome");
    private static final int MAX_WORDS = 4;

    private final List<Mention> mentions;

    private People(List<Mention> mentions) {
        this.mentions = List.copyOf(mentions);
    }

    /**
     * The names in {@code text}, whose body starts at {@code bodyStart} (the front matter before it is read too; code
     * in the body is not).
     */
    public static People in(String text, int bodyStart) {
        int start = Math.max(0, Math.min(bodyStart, text.length()));
        List<TextRange> hidden = new ArrayList<>(MarkdownCodeRegions.find(text, start, text.length(), List.of()));
        Matcher address = ADDRESS.matcher(text);
        while (address.find()) {
            hidden.add(new TextRange(address.start(), address.end()));
        }
        char[] masked = text.toCharArray();
        for (TextRange range : hidden) {
            for (int i = range.start(); i < range.end() && i < masked.length; i++) {
                masked[i] = masked[i] == '\n' ? '\n' : ' ';
            }
        }
        List<Mention> found = new ArrayList<>();
        Matcher run = RUN.matcher(new String(masked));
        while (run.find()) {
            mentions(run.group(), run.start(), run.start() < start, found);
        }
        return new People(found);
    }

    /** Every name as written, in text order. */
    public List<Mention> mentions() {
        return mentions;
    }

    /** The names as the post spells them, each once, in text order. */
    public List<String> names() {
        return mentions.stream().map(Mention::spelling).distinct().toList();
    }

    /** The names spelled more than one way, in the order of their first mention. */
    public List<Spellings> inconsistent() {
        List<String> spellings = names();
        int[] group = new int[spellings.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (int i = 0; i < spellings.size(); i++) {
            for (int j = i + 1; j < spellings.size(); j++) {
                if (sameName(spellings.get(i), spellings.get(j))) {
                    group[root(group, j)] = root(group, i);
                }
            }
        }
        Map<Integer, List<Mention>> byGroup = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byGroup.computeIfAbsent(root(group, spellings.indexOf(m.spelling())), k -> new ArrayList<>()).add(m);
        }
        List<Spellings> result = new ArrayList<>();
        for (List<Mention> same : byGroup.values()) {
            if (same.stream().map(Mention::spelling).distinct().count() > 1) {
                String preferred = preferred(same);
                result.add(new Spellings(same.stream().filter(m -> m.spelling().equals(preferred)).findFirst()
                        .orElseThrow(), same.stream().filter(m -> !m.spelling().equals(preferred)).toList()));
            }
        }
        return result;
    }

    /**
     * Whether two names are one person spelled two ways: word for word the same once accents are set aside
     * ({@code José Pérez}, {@code Jose Perez}), or with one word one letter apart ({@code Russ Palmer},
     * {@code Russ Parmer}; at least four letters, not a plural's {@code s}). A word written in another case
     * ({@code GitOps}, {@code Gitops}), or with a hyphen more or less, is a matter of style, not of a person: never.
     */
    public static boolean sameName(String a, String b) {
        String[] x = fold(a).split(" ");
        String[] y = fold(b).split(" ");
        if (a.replace('’', '\'').equals(b.replace('’', '\'')) || x.length != y.length) {
            return false;
        }
        int differing = -1;
        for (int i = 0; i < x.length; i++) {
            if (x[i].equals(y[i])) {
                continue;
            }
            if (x[i].equalsIgnoreCase(y[i]) || differing >= 0) {
                return false;
            }
            differing = i;
        }
        if (differing < 0) {
            return true;
        }
        String p = x[differing].toLowerCase(Locale.ROOT);
        String q = y[differing].toLowerCase(Locale.ROOT);
        return Math.min(p.length(), q.length()) >= 4 && !(p + "s").equals(q) && !(q + "s").equals(p)
                && !p.replace("-", "").equals(q.replace("-", "")) && oneEditApart(p, q);
    }

    /** The names in a run of capitalised words: split at acronyms (CNCF, EU), leading words like "Thanks" left out. */
    private static void mentions(String run, int at, boolean inFrontMatter, List<Mention> found) {
        List<int[]> segment = new ArrayList<>();
        Matcher word = WORD_PATTERN.matcher(run);
        while (word.find()) {
            if (word.group().chars().noneMatch(Character::isLowerCase)) {
                mention(run, segment, at, inFrontMatter, found);
                segment.clear();
            } else {
                segment.add(new int[] {word.start(), word.end()});
            }
        }
        mention(run, segment, at, inFrontMatter, found);
    }

    private static void mention(String run, List<int[]> words, int at, boolean inFrontMatter, List<Mention> found) {
        int first = 0;
        while (first < words.size() && LEADING.contains(run.substring(words.get(first)[0], words.get(first)[1])
                .toLowerCase(Locale.ROOT))) {
            first++;
        }
        if (words.size() - first < 2 || words.size() - first > MAX_WORDS) {
            return;
        }
        int start = words.get(first)[0];
        int end = words.get(words.size() - 1)[1];
        String spelling = run.substring(start, end);
        if (spelling.endsWith("'s") || spelling.endsWith("’s")) { // a possessive: the name without it
            spelling = spelling.substring(0, spelling.length() - 2);
            end -= 2;
        }
        found.add(new Mention(spelling, new TextRange(at + start, at + end), inFrontMatter));
    }

    private static String preferred(List<Mention> same) {
        return same.stream().filter(Mention::inFrontMatter).map(Mention::spelling).findFirst().orElseGet(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            same.forEach(m -> counts.merge(m.spelling(), 1L, Long::sum));
            // max keeps the first of equals: a tie goes to the spelling met first
            return counts.entrySet().stream().max(Comparator.comparingLong(Map.Entry<String, Long>::getValue))
                    .map(Map.Entry::getKey).orElseThrow();
        });
    }

    /** Accents dropped (ø, ł, ß and the like too), one kind of apostrophe, single spaces; the case kept. */
    static String fold(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
                .replace("æ", "ae").replace("œ", "oe").replace("đ", "d").replace("ı", "i");
        return plain.replace('’', '\'').replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** One substitution, insertion, deletion or swap of two neighbouring letters apart. */
    private static boolean oneEditApart(String p, String q) {
        if (Math.abs(p.length() - q.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(p.length(), q.length()) && p.charAt(i) == q.charAt(i)) {
            i++;
        }
        if (p.length() == q.length()) {
            return p.substring(i + 1).equals(q.substring(i + 1)) || i + 1 < p.length()
                    && p.charAt(i) == q.charAt(i + 1) && p.charAt(i + 1) == q.charAt(i)
                    && p.substring(i + 2).equals(q.substring(i + 2));
        }
        String longer = p.length() > q.length() ? p : q;
        String shorter = longer == p ? q : p;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }
}
