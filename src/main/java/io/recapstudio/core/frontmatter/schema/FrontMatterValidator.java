package io.recapstudio.core.frontmatter.schema;

import io.recapstudio.core.frontmatter.FrontMatter;
import io.recapstudio.core.frontmatter.FrontMatterDate;
import io.recapstudio.core.frontmatter.FrontMatterEntry;
import io.recapstudio.core.post.PostPaths;
import io.recapstudio.core.site.HugoVersion;
import io.recapstudio.core.site.SiteIndex;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The front-matter problems the form shows inline and {@code recap check} reports: required keys missing (a
 * warning: Hugo builds without them), dates Hugo cannot read, malformed or duplicate URLs and slugs, tags the site
 * never used (with the closest one it did), an empty description.
 */
public final class FrontMatterValidator {

    /** Search engines show about this many characters of a description. */
    public static final int DESCRIPTION_HINT = 160;

    /** Hugo 0.136 made a date it cannot read fail the build; before, the page silently got no date. */
    public static final HugoVersion DATE_ERRORS_SINCE = HugoVersion.of(136);

    private final FrontMatterSchema schema;
    private final Optional<SiteIndex> site;
    private final HugoVersion hugo;

    public FrontMatterValidator(FrontMatterSchema schema, Optional<SiteIndex> site) {
        this(schema, site, Optional.empty());
    }

    /** A validator for a site that builds with Hugo {@code hugo} (empty: unknown, taken as the newest). */
    public FrontMatterValidator(FrontMatterSchema schema, Optional<SiteIndex> site, Optional<HugoVersion> hugo) {
        this.schema = schema;
        this.site = site;
        this.hugo = hugo.orElse(HugoVersion.LATEST);
    }

    /** The problems of {@code frontMatter} (of the post {@code text} in {@code postFile}, may be null). */
    public List<Diagnostic> validate(FrontMatter frontMatter, String text, Path postFile) {
        return validate(frontMatter, text, postFile, List.of());
    }

    /**
     * Like {@link #validate(FrontMatter, String, Path)}, with other files that are this post too (the bundle an
     * export replaces): the site's copy of them is no duplicate of it.
     */
    public List<Diagnostic> validate(FrontMatter frontMatter, String text, Path postFile, List<Path> alsoSelf) {
        List<Diagnostic> found = new ArrayList<>();
        if (!frontMatter.isValid()) {
            return found;
        }
        LineIndex lines = LineIndex.of(text);
        List<Path> self = new ArrayList<>(alsoSelf);
        if (postFile != null) {
            self.add(postFile);
        }
        Context c = new Context(frontMatter, lines, postFile, self, found);
        for (FieldSpec spec : schema.fields()) {
            if (spec.required() && frontMatter.entry(spec.key()).filter(e -> e.value() != null).isEmpty()) {
                boolean declared = schema.isDeclaredRequired(spec.key());
                String why = declared ? (spec.key().equalsIgnoreCase("title") ? "every page needs a " : "the site's "
                        + FrontMatterSchema.FILE + " requires ") : "nearly every other post of the site has ";
                c.add(TextRange.empty(0), declared ? Severity.WARNING : Severity.INFO, RuleId.FRONTMATTER_REQUIRED.id(),
                        why + spec.key() + " and this one has none: add it" + (frontMatter.isPresent() ? ""
                        : " (the post has no front matter yet)"));
            }
        }
        for (FrontMatterEntry entry : frontMatter.entries()) {
            Optional<FieldSpec> spec = schema.field(entry.key());
            spec.ifPresent(s -> checkEntry(c, s, entry));
        }
        return found;
    }

    private void checkEntry(Context c, FieldSpec spec, FrontMatterEntry entry) {
        Object value = entry.value();
        switch (spec.kind()) {
            case DATE -> {
                if (value instanceof String s && FrontMatterDate.parse(s).isEmpty()) {
                    boolean fails = hugo.atLeast(DATE_ERRORS_SINCE);
                    c.add(entry.valueRange(), fails ? Severity.ERROR : Severity.WARNING,
                            RuleId.FRONTMATTER_DATE.id(),
                            spec.key() + " \"" + s + "\" is not a date Hugo can read" + (fails ? " and the build fails"
                            : "; Hugo " + hugo + " ignores it and dates the page 0001-01-01") + ": write it like"
                            + " 2026-10-14 or 2026-10-14T09:30:00+02:00");
                }
            }
            case URL -> url(c, entry);
            case LIST -> {
                if (spec.key().equalsIgnoreCase("tags") || spec.key().equalsIgnoreCase("categories")) {
                    terms(c, spec, entry);
                }
            }
            case MULTILINE -> {
                if (spec.key().equalsIgnoreCase("description") && (value == null || String.valueOf(value).isBlank())) {
                    c.add(entry.keyRange(), Severity.INFO, RuleId.FRONTMATTER_EMPTY_DESCRIPTION.id(), "the description is"
                            + " empty; search results and link cards show it: write one or two sentences");
                }
            }
            case TEXT -> {
                if (spec.key().equalsIgnoreCase("slug") && value instanceof String slug) {
                    slug(c, entry, slug);
                }
            }
            default -> { }
        }
    }

    private void url(Context c, FrontMatterEntry entry) {
        if (!(entry.value() instanceof String url)) {
            return;
        }
        if (url.isBlank() || url.chars().anyMatch(Character::isWhitespace) || url.contains("://")) {
            c.add(entry.valueRange(), Severity.WARNING, RuleId.FRONTMATTER_URL.id(), "url \"" + url + "\" should be a path "
                    + "on the site without spaces, like /blog/2026/10/harbor-bay-recap/");
            return;
        }
        site.ifPresent(index -> {
            List<Path> others = index.postsAt(url).stream().filter(p -> !c.isSelf(p)).toList();
            if (!others.isEmpty()) {
                c.add(entry.valueRange(), Severity.WARNING, RuleId.FRONTMATTER_DUPLICATE_URL.id(), "url " + url + " is also "
                        + "the URL of " + others.get(0) + "; one page would hide the other: choose another url");
            }
        });
    }

    private void slug(Context c, FrontMatterEntry entry, String slug) {
        site.ifPresent(index -> {
            List<Path> others = index.slugs().getOrDefault(slug, List.of()).stream()
                    .filter(p -> !c.isSelf(p)).toList();
            if (!others.isEmpty()) {
                c.add(entry.valueRange(), Severity.WARNING, RuleId.FRONTMATTER_DUPLICATE_SLUG.id(), "slug " + slug + " is "
                        + "also used by " + others.get(0) + "; in the same section the URLs clash: choose another");
            }
        });
    }

    private void terms(Context c, FieldSpec spec, FrontMatterEntry entry) {
        if (site.isEmpty() || spec.values().isEmpty() || !(entry.value() instanceof List<?> list)) {
            return;
        }
        for (Object item : list) {
            String term = String.valueOf(item);
            boolean known = spec.values().stream().anyMatch(v -> v.equalsIgnoreCase(term));
            if (!known) {
                Optional<String> closest = Similarity.closest(term, spec.values());
                String what = singular(spec.key());
                // A new term is an author's choice; a near miss of an existing one is likely a typo
                c.add(entry.valueRange(), closest.isPresent() ? Severity.WARNING : Severity.INFO,
                        what.equals("tag") ? RuleId.FRONTMATTER_UNKNOWN_TAG.id()
                                : RuleId.FRONTMATTER_UNKNOWN_CATEGORY.id(), closest.map(t -> "no other post uses the " + what + " \""
                                + term + "\"; did you mean \"" + t + "\"? A new " + what + " makes a new page on the site")
                                .orElse("the " + what + " \"" + term + "\" is new on this site: it makes a new page"
                                        + " listing this post"));
            }
        }
    }

    private static String singular(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.equals("categories") ? "category" : k.endsWith("s") ? k.substring(0, k.length() - 1) : k;
    }

    private record Context(FrontMatter frontMatter, LineIndex lines, Path postFile, List<Path> self,
                           List<Diagnostic> found) {
        boolean isSelf(Path other) {
            return self.stream().anyMatch(p -> PostPaths.same(p, other));
        }

        void add(TextRange range, Severity severity, String rule, String message) {
            Diagnostic d = Diagnostic.at(lines, range, severity, rule, message);
            found.add(postFile == null ? d : d.withPath(postFile));
        }
    }
}
