package io.recapstudio.core.site.archetype;

import io.recapstudio.core.frontmatter.FrontMatter;
import io.recapstudio.core.frontmatter.FrontMatterEntry;
import io.recapstudio.core.frontmatter.FrontMatterFormat;
import io.recapstudio.core.site.ExistingPost;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteDateStyle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the existing posts of a section agree on, learnt for a new post when the section has no archetype: the
 * front-matter format most of them use, the keys nearly every one has ({@value #NEARLY_ALL} of them, as the schema
 * calls a key required; {@code author}/{@code authors} and {@code url} when most have them) in their usual order,
 * and the post whose front matter is the model for the new one (the {@linkplain #exemplar() exemplar}: it has those
 * keys in that order, the site's date style, and the site's most common {@code resources} block). The new post's
 * text keeps the exemplar's layout (indentation, quoting, flow or block lists, line breaks) with every value
 * replaced, so it looks like its neighbours without copying what they say.
 */
public final class SectionConventions {

    /** The share of posts that makes a key part of the convention. */
    static final double NEARLY_ALL = 0.9;
    /** The share that is enough for the keys a recap needs when the site uses them at all. */
    static final double MOST = 0.5;

    private static final Set<String> MOST_IS_ENOUGH = Set.of("author", "authors", "url");
    /** Keys a new post never inherits: they name another page, or would hide the new one. */
    private static final Set<String> NEVER = Set.of("aliases", "expirydate", "translationkey", "headless");

    /** One post of the section, read. */
    record Sample(ExistingPost post, String text, FrontMatter frontMatter) {
        List<String> foldedKeys() {
            return frontMatter.entries().stream().map(e -> fold(e.key())).toList();
        }

        Optional<Object> value(String foldedKey) {
            return frontMatter.entries().stream().filter(e -> fold(e.key()).equals(foldedKey)).findFirst()
                    .map(FrontMatterEntry::value);
        }
    }

    private final FrontMatterFormat format;
    private final List<Sample> samples;
    private final List<String> keys;
    private final Map<String, String> spelling;
    private final Sample exemplar;

    private SectionConventions(FrontMatterFormat format, List<Sample> samples, List<String> keys,
                               Map<String, String> spelling, Sample exemplar) {
        this.format = format;
        this.samples = List.copyOf(samples);
        this.keys = List.copyOf(keys);
        this.spelling = Map.copyOf(spelling);
        this.exemplar = exemplar;
    }

    /** The conventions of {@code section}'s posts, empty when it has no post with readable front matter. */
    public static Optional<SectionConventions> learn(Site site, String section) {
        List<Sample> read = new ArrayList<>();
        List<ExistingPost> posts = site.posts(section);
        // The new post is a bundle: when the section has bundles, single-file pages (which cannot have resources)
        // do not vote.
        if (posts.stream().anyMatch(ExistingPost::isBundle)) {
            posts = posts.stream().filter(ExistingPost::isBundle).toList();
        }
        for (ExistingPost post : posts) {
            try {
                String text = Files.readString(post.file(), StandardCharsets.UTF_8);
                FrontMatter fm = FrontMatter.parse(text);
                if (fm.isPresent() && fm.isValid() && fm.format().isPresent()) {
                    read.add(new Sample(post, text, fm));
                }
            } catch (IOException | RuntimeException e) {
                // A post that cannot be read teaches nothing; the others still do.
            }
        }
        if (read.isEmpty()) {
            return Optional.empty();
        }
        FrontMatterFormat format = mostCommon(read.stream().map(s -> s.frontMatter().format().orElseThrow())
                .toList(), Function.identity()).orElseThrow();
        List<Sample> samples = read.stream().filter(s -> s.frontMatter().format().orElseThrow() == format).toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Sample s : samples) {
            for (FrontMatterEntry e : s.frontMatter().entries()) {
                String folded = fold(e.key());
                counts.merge(folded, 1, Integer::sum);
                spellings.computeIfAbsent(folded, k -> new HashMap<>()).merge(e.key(), 1, Integer::sum);
            }
        }
        Set<String> chosen = new LinkedHashSet<>();
        counts.forEach((key, n) -> {
            double share = (double) n / samples.size();
            if (!NEVER.contains(key) && (share >= NEARLY_ALL || MOST_IS_ENOUGH.contains(key) && share >= MOST)) {
                chosen.add(key);
            }
        });
        if (chosen.contains("author") && chosen.contains("authors")) {
            chosen.remove(counts.get("author") >= counts.get("authors") ? "authors" : "author");
        }
        List<String> order = usualOrder(samples, chosen);
        Map<String, String> spelling = new HashMap<>();
        spellings.forEach((k, v) -> spelling.put(k, v.entrySet().stream().max(Map.Entry.<String, Integer>
                comparingByValue().thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey()));
        return Optional.of(new SectionConventions(format, samples, order, spelling, null));
    }

    /**
     * These conventions with the exemplar chosen: a post with all the keys in the usual order, whose date is
     * written like {@code sampleDateText} (a date in the site's style), with the most common {@code resources}
     * block, the newest of those.
     */
    SectionConventions withExemplar(String sampleDateText) {
        Map<String, Integer> resourceTexts = new HashMap<>();
        samples.forEach(s -> entryText(s, "resources").ifPresent(t -> resourceTexts.merge(t, 1, Integer::sum)));
        String usualResources = resourceTexts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
        Comparator<Sample> score = Comparator.<Sample>comparingInt(s -> (int) keys.stream()
                        .filter(k -> s.value(k).isPresent()).count())
                .thenComparing(s -> projection(s, Set.copyOf(keys)).equals(keys))
                .thenComparing(s -> sameDateShape(s, sampleDateText))
                .thenComparing(s -> usualResources == null || entryText(s, "resources").map(usualResources::equals)
                        .orElse(false))
                .thenComparingInt(s -> -s.frontMatter().entries().size())
                .thenComparing(SectionConventions::dateOf);
        Sample best = samples.stream().max(score).orElseThrow();
        return new SectionConventions(format, samples, keys, spelling, best);
    }

    private static String dateOf(Sample s) {
        return s.value("date").flatMap(v -> SiteDateStyle.parse(String.valueOf(v))).map(d -> d.toInstant().toString())
                .orElse("");
    }

    private static boolean sameDateShape(Sample s, String sampleDateText) {
        return s.frontMatter().entry("date").map(e -> shape(e.valueRange().of(s.text())))
                .map(shape -> shape.equals(shape(sampleDateText))).orElse(false);
    }

    /** Digits as 9, so {@code 2022-05-25 10:00:00+00:00} and {@code 2024-01-02 03:04:05+02:00} compare equal. */
    private static String shape(String text) {
        return text.strip().replaceAll("^[\"']|[\"']$", "").replaceAll("\\d", "9");
    }

    private static Optional<String> entryText(Sample s, String key) {
        return s.frontMatter().entries().stream().filter(e -> fold(e.key()).equals(key)).findFirst()
                .map(e -> e.range().of(s.text()).replace("\r\n", "\n").replaceAll("(?m)\\s+#.*$", "").strip());
    }

    /** The most common order of the chosen keys among posts that have all of them, else by pairwise majority. */
    private static List<String> usualOrder(List<Sample> samples, Set<String> chosen) {
        Map<List<String>, Integer> orders = new HashMap<>();
        Set<String> everPresent = new LinkedHashSet<>();
        samples.forEach(s -> s.foldedKeys().stream().filter(chosen::contains).forEach(everPresent::add));
        for (Sample s : samples) {
            List<String> projected = projection(s, chosen);
            if (projected.size() == everPresent.size()) {
                orders.merge(projected, 1, Integer::sum);
            }
        }
        Optional<List<String>> common = orders.entrySet().stream()
                .max(Map.Entry.<List<String>, Integer>comparingByValue()
                .thenComparing(e -> String.join(",", e.getKey()), Comparator.reverseOrder())).map(Map.Entry::getKey);
        if (common.isPresent()) {
            return common.get();
        }
        Map<String, Integer> wins = new HashMap<>();
        List<String> all = new ArrayList<>(everPresent);
        for (String a : all) {
            for (String b : all) {
                long before = samples.stream().filter(s -> {
                    List<String> k = s.foldedKeys();
                    return k.contains(a) && k.contains(b) && k.indexOf(a) < k.indexOf(b);
                }).count();
                long after = samples.stream().filter(s -> {
                    List<String> k = s.foldedKeys();
                    return k.contains(a) && k.contains(b) && k.indexOf(a) > k.indexOf(b);
                }).count();
                if (before > after) {
                    wins.merge(a, 1, Integer::sum);
                }
            }
        }
        all.sort(Comparator.<String>comparingInt(k -> -wins.getOrDefault(k, 0)));
        return all;
    }

    private static List<String> projection(Sample s, Set<String> chosen) {
        return s.foldedKeys().stream().filter(chosen::contains).distinct().toList();
    }

    static String fold(String key) {
        return key.toLowerCase(Locale.ROOT);
    }

    static <T, K> Optional<K> mostCommon(List<T> items, Function<T, K> key) {
        Map<K, Integer> counts = new LinkedHashMap<>();
        items.forEach(i -> counts.merge(key.apply(i), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** The front-matter format most of the section's posts use. */
    public FrontMatterFormat format() {
        return format;
    }

    /** The conventional keys, folded to lower case, in their usual order. */
    public List<String> keys() {
        return keys;
    }

    /** The key as most posts spell it ({@code lastMod} or {@code lastmod}). */
    public String spelling(String foldedKey) {
        return spelling.getOrDefault(foldedKey, foldedKey);
    }

    /** The posts learnt from (those in {@link #format()}). */
    List<Sample> samples() {
        return samples;
    }

    /** The post whose layout the new one takes, once chosen by {@link #withExemplar}. */
    Sample exemplar() {
        return Objects.requireNonNull(exemplar, "no exemplar chosen yet");
    }

    /** The share of posts that have {@code foldedKey}. */
    double share(String foldedKey) {
        return samples.stream().filter(s -> s.value(foldedKey).isPresent()).count() / (double) samples.size();
    }

    /** Every post's value of {@code foldedKey}. */
    List<Object> values(String foldedKey) {
        return samples.stream().map(s -> s.value(foldedKey)).flatMap(Optional::stream).toList();
    }
}
