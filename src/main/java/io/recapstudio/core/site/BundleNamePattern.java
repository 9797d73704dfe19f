package io.recapstudio.core.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a section names its bundle folders, as a pattern of {@code {yyyy}}, {@code {mm}}, {@code {dd}} and
 * {@code {slug}} with literal text between them; {@code /} makes nested folders. Examples:
 * {@code {yyyy}-{mm}-{dd}-{slug}} ({@code 2022-05-25-kubecon-eu-2022-wrapup}), {@code {slug}},
 * {@code {yyyy}/{slug}}, {@code {yyyy}/{mm}/{slug}}, {@code {yyyy}{mm}{dd}_{slug}}.
 */
public final class BundleNamePattern {

    private static final Pattern TOKEN = Pattern.compile("\\{(yyyy|mm|dd|slug)}");

    /** Plain slugs, Hugo's default layout and the fallback when nothing else fits. */
    public static final BundleNamePattern SLUG = parse("{slug}");

    private final String pattern;
    private final Pattern regex;

    private BundleNamePattern(String pattern) {
        this.pattern = pattern;
        this.regex = compile(pattern);
    }

    /**
     * @throws IllegalArgumentException when the pattern has no {@code {slug}}, an unknown {@code {token}}, or would
     *                                  leave the section folder ({@code ..}, a leading {@code /})
     */
    public static BundleNamePattern parse(String pattern) {
        if (pattern == null || !pattern.contains("{slug}")) {
            throw new IllegalArgumentException("a bundle folder pattern needs {slug}, e.g. {yyyy}-{mm}-{dd}-{slug}");
        }
        String withoutTokens = TOKEN.matcher(pattern).replaceAll("");
        if (withoutTokens.contains("{") || withoutTokens.contains("}")) {
            throw new IllegalArgumentException("unknown token in bundle folder pattern \"" + pattern
                    + "\"; use {yyyy}, {mm}, {dd} and {slug}");
        }
        if (pattern.startsWith("/") || pattern.contains("..") || pattern.contains("\\") || pattern.endsWith("/")) {
            throw new IllegalArgumentException("bundle folder pattern \"" + pattern
                    + "\" must stay inside the section folder (no leading or trailing /, no .., no \\)");
        }
        return new BundleNamePattern(pattern);
    }

    /**
     * The pattern most of a section's bundle folders follow, given their paths relative to the section folder
     * ({@code 2022-05-25-kubecon}, {@code 2021/kubecon-na}). Each name votes for the most specific shape it has (a
     * plausible date at its start, then the slug); the shape with most votes wins, ties going to the more specific.
     * {@link #SLUG} when there are no names.
     */
    public static BundleNamePattern infer(Collection<String> relativeNames) {
        Map<String, Integer> votes = new HashMap<>();
        for (String name : relativeNames) {
            votes.merge(shapeOf(name), 1, Integer::sum);
        }
        return votes.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length()))
                .map(e -> parse(e.getKey())).orElse(SLUG);
    }

    /** The shape of one folder name: {@code 2022-05-25-kubecon} → {@code {yyyy}-{mm}-{dd}-{slug}}. */
    static String shapeOf(String relativeName) {
        String name = relativeName.replace('\\', '/');
        if (name.length() < 6 || !twoDigitsBetween(name, 0, 19, 21) || !twoDigitsBetween(name, 2, 0, 99)) {
            return "{slug}";
        }
        String sep = separatorAt(name, 4);
        if (sep.isEmpty()) {
            boolean compactDate = twoDigitsBetween(name, 4, 1, 12) && twoDigitsBetween(name, 6, 1, 31)
                    && !separatorAt(name, 8).isEmpty() && name.length() > 9 && name.indexOf('/', 9) < 0;
            return compactDate ? "{yyyy}{mm}{dd}" + separatorAt(name, 8) + "{slug}" : "{slug}";
        }
        StringBuilder shape = new StringBuilder("{yyyy}").append(sep);
        int pos = 5;
        if (datePartAt(name, pos, 12)) {
            shape.append("{mm}").append(name.charAt(pos + 2));
            pos += 3;
            if (datePartAt(name, pos, 31)) {
                shape.append("{dd}").append(name.charAt(pos + 2));
                pos += 3;
            }
        }
        String slug = name.substring(pos);
        boolean dateOnly = slug.matches("\\d{1,2}");
        return slug.isEmpty() || slug.contains("/") || dateOnly ? "{slug}" : shape + "{slug}";
    }

    /** Two digits between 1 and {@code high} at {@code pos}, then a separator, then more text. */
    private static boolean datePartAt(String name, int pos, int high) {
        return twoDigitsBetween(name, pos, 1, high) && !separatorAt(name, pos + 2).isEmpty()
                && name.length() > pos + 3;
    }

    private static String separatorAt(String name, int pos) {
        return pos < name.length() && "-_./".indexOf(name.charAt(pos)) >= 0 ? String.valueOf(name.charAt(pos)) : "";
    }

    private static boolean twoDigitsBetween(String name, int pos, int low, int high) {
        return pos + 2 <= name.length() && Character.isDigit(name.charAt(pos)) && Character.isDigit(name.charAt(pos + 1))
                && isBetween(name.substring(pos, pos + 2), low, high);
    }

    private static boolean isBetween(String digits, int low, int high) {
        int n = Integer.parseInt(digits);
        return n >= low && n <= high;
    }

    /** The folder path (relative to the section folder) for a post of that date and slug. */
    public String apply(LocalDate date, String slug) {
        if (slug == null || slug.isBlank()) {
            throw new IllegalArgumentException("a bundle folder needs a non-empty slug");
        }
        return pattern.replace("{yyyy}", String.format("%04d", date.getYear()))
                .replace("{mm}", String.format("%02d", date.getMonthValue()))
                .replace("{dd}", String.format("%02d", date.getDayOfMonth()))
                .replace("{slug}", slug);
    }

    /** The date parts and slug of a folder name that follows this pattern. */
    public Optional<Match> match(String relativeName) {
        Matcher m = regex.matcher(relativeName.replace('\\', '/'));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Match(group(m, "yyyy"), group(m, "mm"), group(m, "dd"), m.group("slug")));
    }

    /**
     * The parts of a matched folder name.
     *
     * @param year  4 digits or null when the pattern has none; likewise {@code month}, {@code day}
     * @param slug  the slug part
     */
    public record Match(String year, String month, String day, String slug) {
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean usesDate() {
        return pattern.contains("{yyyy}") || pattern.contains("{mm}") || pattern.contains("{dd}");
    }

    private static Pattern compile(String pattern) {
        StringBuilder re = new StringBuilder();
        Matcher m = TOKEN.matcher(pattern);
        int last = 0;
        List<String> seen = new ArrayList<>();
        while (m.find()) {
            re.append(Pattern.quote(pattern.substring(last, m.start())));
            String token = m.group(1);
            boolean repeat = seen.contains(token);
            seen.add(token);
            re.append(switch (token) {
                case "yyyy" -> repeat ? "\\d{4}" : "(?<yyyy>\\d{4})";
                case "mm" -> repeat ? "\\d{2}" : "(?<mm>\\d{2})";
                case "dd" -> repeat ? "\\d{2}" : "(?<dd>\\d{2})";
                default -> repeat ? ".+" : "(?<slug>.+)";
            });
            last = m.end();
        }
        re.append(Pattern.quote(pattern.substring(last)));
        return Pattern.compile(re.toString());
    }

    /** The pattern text, e.g. {@code {yyyy}-{mm}-{dd}-{slug}}. */
    @Override
    public String toString() {
        return pattern;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BundleNamePattern other && other.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }
}
