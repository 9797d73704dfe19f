package io.recapstudio.core.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What a site's existing posts say about its conventions: taxonomy terms (tags, categories, …) with counts, authors,
 * front-matter keys with how often they appear and their value types, explicit {@code url}/{@code slug} values and
 * every post's URL path (for duplicate checks), and the usual date style. Built once per site (front matter is read
 * in parallel); immutable.
 */
public final class SiteIndex {

    private final List<IndexedPost> posts;
    private final Map<String, Map<String, Integer>> taxonomies;
    private final Map<String, Integer> authors;
    private final Map<String, KeyUsage> keys;
    private final Map<String, List<Path>> urls;
    private final Map<String, List<Path>> slugs;
    private final Map<String, List<Path>> urlPaths;
    private final SiteDateStyle dateStyle;
    private final List<SiteException> problems;
    private final Duration buildTime;

    private SiteIndex(Builder b, Duration buildTime) {
        this.posts = List.copyOf(b.posts);
        this.taxonomies = freeze(b.taxonomies);
        this.authors = Collections.unmodifiableMap(byCountDescending(b.authorCounts));
        this.keys = Collections.unmodifiableMap(b.keyUsage());
        this.urls = freezeLists(b.urls);
        this.slugs = freezeLists(b.slugs);
        this.urlPaths = freezeLists(b.urlPaths);
        this.dateStyle = SiteDateStyle.infer(b.rawDates, Site.localOffset());
        this.problems = List.copyOf(b.problems);
        this.buildTime = buildTime;
    }

    /** Reads every post of {@code site} with {@code reader} and indexes it. */
    public static SiteIndex build(Site site, FrontMatterReader reader) {
        long start = System.nanoTime();
        List<ExistingPost> all = site.allPosts();
        ConcurrentLinkedQueue<SiteException> problems = new ConcurrentLinkedQueue<>();
        List<Optional<FrontMatterValues>> read = all.parallelStream().map(p -> read(p, reader, problems)).toList();
        Builder b = new Builder(site);
        for (int i = 0; i < all.size(); i++) {
            b.add(all.get(i), read.get(i).map(FrontMatterValues::values).orElse(Map.of()));
        }
        b.problems.addAll(problems);
        return new SiteIndex(b, Duration.ofNanos(System.nanoTime() - start));
    }

    private static Optional<FrontMatterValues> read(ExistingPost post, FrontMatterReader reader,
                                                    ConcurrentLinkedQueue<SiteException> problems) {
        try {
            String text = new String(Files.readAllBytes(post.file()), StandardCharsets.UTF_8);
            return reader.read(post.file(), text);
        } catch (IOException e) {
            problems.add(new SiteException(post.file(), 0, "cannot read the post: " + e.getMessage(), e));
        } catch (SiteException e) {
            problems.add(e);
        }
        return Optional.empty();
    }

    /** Every post indexed, in content order. */
    public List<IndexedPost> posts() {
        return posts;
    }

    /** Terms of a taxonomy by its plural name ({@code tags}), most used first, with counts. */
    public Map<String, Integer> terms(String taxonomy) {
        return taxonomies.getOrDefault(taxonomy.toLowerCase(Locale.ROOT), Map.of());
    }

    public Map<String, Integer> tags() {
        return terms("tags");
    }

    public Map<String, Integer> categories() {
        return terms("categories");
    }

    /** Values of {@code author} and {@code authors}, most used first, with counts. */
    public Map<String, Integer> authors() {
        return authors;
    }

    /** Front-matter keys by how many posts use them (most first). */
    public Map<String, KeyUsage> keys() {
        return keys;
    }

    /** The share of posts (0..1) that have {@code key}, e.g. to call a key required when nearly all have it. */
    public double presence(String key) {
        KeyUsage usage = keys.get(key);
        return posts.isEmpty() || usage == null ? 0 : (double) usage.count() / posts.size();
    }

    /** Explicit {@code url} values and the posts that set them. */
    public Map<String, List<Path>> urls() {
        return urls;
    }

    /** Explicit {@code slug} values and the posts that set them. */
    public Map<String, List<Path>> slugs() {
        return slugs;
    }

    /** Every post's URL path (front-matter url, else permalink) and the posts that get it: more than one is a clash. */
    public Map<String, List<Path>> urlPaths() {
        return urlPaths;
    }

    /** The posts that already have this URL path. */
    public List<Path> postsAt(String urlPath) {
        return urlPaths.getOrDefault(normalizeUrl(urlPath), List.of());
    }

    /** How the site usually writes dates, in its usual offset. */
    public SiteDateStyle dateStyle() {
        return dateStyle;
    }

    /** Posts that could not be read or whose front matter does not parse. */
    public List<SiteException> problems() {
        return problems;
    }

    /** How long building the index took. */
    public Duration buildTime() {
        return buildTime;
    }

    static String normalizeUrl(String url) {
        String u = url.strip();
        if (!u.contains("://")) {
            u = collapseSlashes("/" + u);
            if (!u.endsWith("/") && !u.substring(u.lastIndexOf('/')).contains(".")) {
                u = u + "/";
            }
        }
        return u;
    }

    /** {@code //a///b} → {@code /a/b}, without a regular expression (this runs once per post). */
    static String collapseSlashes(String s) {
        if (!s.contains("//")) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '/' || out.length() == 0 || out.charAt(out.length() - 1) != '/') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Map<String, Map<String, Integer>> freeze(Map<String, Map<String, Integer>> m) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, Collections.unmodifiableMap(byCountDescending(v))));
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, List<Path>> freezeLists(Map<String, List<Path>> m) {
        Map<String, List<Path>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    static Map<String, Integer> byCountDescending(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Accumulates the index, single-threaded. */
    private static final class Builder {
        private final Site site;
        private final List<IndexedPost> posts = new ArrayList<>();
        private final Map<String, Map<String, Integer>> taxonomies = new LinkedHashMap<>();
        private final Map<String, Integer> authorCounts = new LinkedHashMap<>();
        private final Map<String, Map<ValueType, Integer>> keyTypes = new LinkedHashMap<>();
        private final Map<String, Integer> keyCounts = new LinkedHashMap<>();
        private final Map<String, List<Path>> urls = new LinkedHashMap<>();
        private final Map<String, List<Path>> slugs = new LinkedHashMap<>();
        private final Map<String, List<Path>> urlPaths = new LinkedHashMap<>();
        private final List<String> rawDates = new ArrayList<>();
        private final List<SiteException> problems = new ArrayList<>();
        private final List<String> taxonomyNames;
        private final boolean multilingual;
        private final String defaultLanguage;
        private boolean permalinkProblemReported;

        Builder(Site site) {
            this.site = site;
            this.multilingual = !site.config().languages().isEmpty();
            this.defaultLanguage = site.config().defaultContentLanguage();
            this.taxonomyNames = site.config().taxonomies().values().stream()
                    .map(s -> s.toLowerCase(Locale.ROOT)).toList();
        }

        void add(ExistingPost post, Map<String, Object> fm) {
            Map<String, Object> lower = new LinkedHashMap<>();
            fm.forEach((k, v) -> lower.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
            fm.forEach((k, v) -> {
                keyCounts.merge(k, 1, Integer::sum);
                keyTypes.computeIfAbsent(k, x -> new EnumMap<>(ValueType.class)).merge(ValueType.of(v), 1,
                        Integer::sum);
            });
            for (String taxonomy : taxonomyNames) {
                Map<String, Integer> terms = taxonomies.computeIfAbsent(taxonomy, t -> new LinkedHashMap<>());
                Maps.list(lower.get(taxonomy)).forEach(t -> terms.merge(String.valueOf(t), 1, Integer::sum));
            }
            for (String key : List.of("author", "authors")) {
                Maps.list(lower.get(key)).stream().filter(a -> !(a instanceof Map))
                        .forEach(a -> authorCounts.merge(String.valueOf(a), 1, Integer::sum));
            }
            Optional<String> rawDate = Maps.string(lower, "date");
            rawDate.ifPresent(rawDates::add);
            ZonedDateTime date = rawDate.flatMap(SiteDateStyle::parse).orElse(null);
            Maps.string(lower, "url").ifPresent(u -> urls.computeIfAbsent(u, x -> new ArrayList<>()).add(post.file()));
            Maps.string(lower, "slug").ifPresent(s -> slugs.computeIfAbsent(s, x -> new ArrayList<>())
                    .add(post.file()));
            String urlPath = urlPath(post, lower, date);
            if (urlPath != null) {
                urlPaths.computeIfAbsent(normalizeUrl(urlPath), x -> new ArrayList<>()).add(post.file());
            }
            posts.add(new IndexedPost(post, fm, date, urlPath));
        }

        private String urlPath(ExistingPost post, Map<String, Object> fm, ZonedDateTime date) {
            PermalinkPage page = new PermalinkPage(post.sectionPath(), Maps.string(fm, "title").orElse(""),
                    Maps.string(fm, "slug").orElse(null), Maps.string(fm, "url").orElse(null), date,
                    post.contentBaseName());
            try {
                String path = site.config().permalinks().pathFor(page);
                String lang = post.lang();
                boolean otherLanguage = lang != null && multilingual && !lang.equals(defaultLanguage);
                return otherLanguage && page.url() == null ? "/" + lang + path : path;
            } catch (IllegalArgumentException e) {
                if (!permalinkProblemReported) {
                    permalinkProblemReported = true;
                    problems.add(new SiteException(site.config().files().isEmpty() ? null
                            : site.root().resolve(site.config().files().get(0)), 0, e.getMessage()));
                }
                return null;
            }
        }

        private Map<String, KeyUsage> keyUsage() {
            Map<String, KeyUsage> out = new LinkedHashMap<>();
            byCountDescending(keyCounts).forEach((k, n) -> out.put(k, new KeyUsage(k, n, keyTypes.get(k))));
            return out;
        }
    }
}
