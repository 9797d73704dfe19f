package io.recapstudio.core.site;

import io.recapstudio.core.post.HugoGlob;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site's {@code permalinks} config and the URL path it gives a page, as Hugo computes it: a {@code url} in front
 * matter wins; otherwise the first rule for the page's section expands its tokens ({@code :year :month :monthname
 * :day :weekday :weekdayname :yearday :section :sections :sections[1:] :sectionslug :sectionslugs :title :slug
 * :slugorfilename :filename :contentbasename :slugorcontentbasename}, and Go layouts such as {@code :2006});
 * without a rule the path is the section path plus the slug or the content base name. Paths are lower-cased unless
 * {@code disablePathToLower}. Reads all three config forms: {@code blog = "/:year/:slug/"} (legacy),
 * {@code [permalinks.page] blog = …} (per kind) and the list form {@code [{target = {kind, path}, pattern}]}.
 */
public final class Permalinks {

    private static final Pattern ATTRIBUTE = Pattern.compile(":\\w+(\\[.+?\\])?");
    private static final ZonedDateTime ZERO_TIME = ZonedDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final List<String> KINDS = List.of("page", "section", "taxonomy", "term");

    /** One rule: pages of {@code kind} whose path matches {@code pathGlob} get {@code pattern}. */
    public record Rule(String kind, String pathGlob, String pattern) {
    }

    private final List<Rule> rules;
    private final Slugs slugs;

    public Permalinks(List<Rule> rules, Slugs slugs) {
        this.rules = List.copyOf(rules);
        this.slugs = slugs;
    }

    /** No rules: every page gets Hugo's default path. */
    public static Permalinks none() {
        return new Permalinks(List.of(), Slugs.DEFAULT);
    }

    /**
     * Reads the {@code permalinks} config value (any of the three forms).
     *
     * @throws IllegalArgumentException when the value has a shape Hugo would reject
     */
    public static Permalinks fromConfig(Object value, Slugs slugs) {
        List<Rule> rules = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> m = Maps.map(item);
                Map<String, Object> target = Maps.map(m.get("target"));
                Object pattern = m.get("pattern");
                if (!(pattern instanceof String p)) {
                    throw new IllegalArgumentException("permalinks: every entry needs a pattern string");
                }
                String kind = Maps.string(target, "kind").orElse("page").toLowerCase(Locale.ROOT);
                rules.add(new Rule(kind, Maps.string(target, "path").orElse("**").toLowerCase(Locale.ROOT), p));
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> addMapEntry(rules, String.valueOf(k).toLowerCase(Locale.ROOT), v));
        } else if (value != null) {
            throw new IllegalArgumentException("permalinks: expected a map or a list");
        }
        return new Permalinks(rules, slugs);
    }

    private static void addMapEntry(List<Rule> rules, String key, Object value) {
        if (value instanceof String pattern) {
            rules.add(new Rule("page", sectionGlob(key), pattern));
            rules.add(new Rule("term", sectionGlob(key), pattern));
        } else if (value instanceof Map<?, ?> bySection && KINDS.contains(key)) {
            bySection.forEach((section, pattern) -> {
                if (!(pattern instanceof String p)) {
                    throw new IllegalArgumentException("permalinks." + key + "." + section + ": expected a string");
                }
                rules.add(new Rule(key, sectionGlob(String.valueOf(section)), p));
            });
        } else {
            throw new IllegalArgumentException("permalinks." + key + ": expected a pattern string or, for one of "
                    + KINDS + ", a map of section to pattern");
        }
    }

    private static String sectionGlob(String section) {
        String s = section.toLowerCase(Locale.ROOT).replaceAll("^[ /]+|[ /]+$", "");
        return s.isEmpty() ? "/*" : "/{" + s + "," + s + "/**}";
    }

    /** The rules in the order Hugo tries them. */
    public List<Rule> rules() {
        return rules;
    }

    /** The pattern for a regular page in {@code sectionPath}, if a rule matches. */
    public Optional<String> patternForPage(String sectionPath, String contentBaseName) {
        String path = SiteIndex.collapseSlashes("/" + sectionPath + "/" + contentBaseName).toLowerCase(Locale.ROOT);
        return rules.stream().filter(r -> r.kind().equals("page") && HugoGlob.tryCompile(r.pathGlob())
                        .map(g -> g.matches(path)).orElse(false))
                .map(Rule::pattern).findFirst();
    }

    /** The URL path of a regular page, e.g. {@code /blog/2022/05/kubecon-wrap-up/}. */
    public String pathFor(PermalinkPage page) {
        if (page.url() != null) {
            return page.url().startsWith("/") || page.url().contains("://") ? page.url() : "/" + page.url();
        }
        Optional<String> pattern = patternForPage(page.sectionPath(), page.contentBaseName());
        if (pattern.isPresent()) {
            return lower(expand(pattern.get(), page));
        }
        String last = page.slug() != null ? slugs.urlize(page.slug()) : slugs.urlize(page.contentBaseName());
        String sections = Arrays.stream(page.folderPath().split("/")).filter(s -> !s.isEmpty())
                .map(slugs::makePath).reduce("", (a, b) -> a + "/" + b);
        return lower(sections + "/" + last + "/");
    }

    private String lower(String path) {
        return slugs.lowerCasesPaths() ? path.toLowerCase(Locale.ROOT) : path;
    }

    /**
     * Expands the tokens of one pattern for a page.
     *
     * @throws IllegalArgumentException for a token Hugo does not know ("permalink attribute not recognised")
     */
    public String expand(String pattern, PermalinkPage page) {
        String escaped = pattern.replace("\\:", "\u0000");
        Matcher m = ATTRIBUTE.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(attribute(m.group().substring(1), page, pattern)));
        }
        m.appendTail(out);
        return out.toString().replace('\u0000', ':');
    }

    private String attribute(String attr, PermalinkPage page, String pattern) {
        ZonedDateTime date = page.date() == null ? ZERO_TIME : page.date();
        String filename = slugs.urlize(page.contentBaseName());
        String slugElseTitle = slugs.urlize(page.slug() != null ? page.slug() : page.title());
        return switch (attr) {
            case "year" -> Integer.toString(date.getYear());
            case "month" -> GoTimeFormat.format("01", date);
            case "monthname" -> GoTimeFormat.format("January", date);
            case "day" -> GoTimeFormat.format("02", date);
            case "weekday" -> Integer.toString(date.getDayOfWeek().getValue() % 7);
            case "weekdayname" -> GoTimeFormat.format("Monday", date);
            case "yearday" -> Integer.toString(date.getDayOfYear());
            case "section" -> page.section();
            case "sectionslug" -> slugs.urlize(page.section());
            case "sections" -> page.sectionPath();
            case "sectionslugs" -> String.join("/", Arrays.stream(page.sectionPath().split("/"))
                    .map(slugs::urlize).toList());
            case "title" -> slugs.urlize(page.title());
            case "slug" -> slugElseTitle;
            case "filename", "contentbasename" -> filename;
            case "slugorfilename", "slugorcontentbasename" ->
                    page.slug() != null ? slugs.urlize(page.slug()) : filename;
            default -> sliceOrLayout(attr, page, date, pattern);
        };
    }

    private static String sliceOrLayout(String attr, PermalinkPage page, ZonedDateTime date, String pattern) {
        if (attr.startsWith("sections[") || attr.startsWith("sectionslugs[")) {
            List<String> parts = page.sectionPath().isEmpty() ? List.of()
                    : Arrays.asList(page.sectionPath().split("/"));
            return String.join("/", slice(parts, attr.substring(attr.indexOf('['))));
        }
        if (GoTimeFormat.isLayout(attr)) {
            return GoTimeFormat.format(attr, date);
        }
        throw new IllegalArgumentException("permalink pattern \"" + pattern + "\": the attribute :" + attr
                + " is not one Hugo knows");
    }

    /** Hugo's {@code [low:high]}, {@code [n]} and {@code [last]} cuts, lenient at the bounds. */
    static List<String> slice(List<String> parts, String cut) {
        String spec = cut.strip().toLowerCase(Locale.ROOT);
        if (parts.isEmpty() || spec.length() < 3 || spec.charAt(0) != '[' || !spec.endsWith("]")) {
            return List.of();
        }
        String inner = spec.substring(1, spec.length() - 1);
        if (!inner.contains(":")) {
            int n = index(inner, parts.size(), 0);
            return n >= 0 && n < parts.size() ? List.of(parts.get(n)) : List.of();
        }
        String[] ends = inner.split(":", -1);
        int low = ends[0].isEmpty() ? 0 : index(ends[0], parts.size(), 0);
        int high = ends[1].isEmpty() ? parts.size() : Math.min(index(ends[1], parts.size(), parts.size()),
                parts.size());
        return low < 0 || low >= parts.size() || high < low ? List.of() : parts.subList(low, high);
    }

    private static int index(String s, int size, int fallback) {
        if (s.equals("last")) {
            return size - 1;
        }
        try {
            return Math.max(0, Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
