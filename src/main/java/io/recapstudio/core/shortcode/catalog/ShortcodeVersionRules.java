package io.recapstudio.core.shortcode.catalog;

import io.recapstudio.core.site.HugoVersion;
import io.recapstudio.core.site.HugoVersionPin;
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of Hugo's embedded shortcodes a site's Hugo version has: {@code tweet}/{@code twitter} were renamed
 * {@code x} in 0.141, deprecated in 0.142 and removed in 0.156 (the build fails); {@code gist} was deprecated in
 * 0.143 and removed in 0.156 (no replacement); {@code youtube} gained
 * {@code start}, {@code end}, {@code loop}, {@code mute}, {@code controls}, {@code loading} and
 * {@code allowFullScreen} in 0.125. A shortcode the site or a theme defines itself is never flagged. With an exact
 * pin all rules apply; with a minimum only ({@code module.hugoVersion.min}) only what holds for every later version;
 * with no pin, {@code x} is offered and {@code tweet} gets an info note.
 */
public final class ShortcodeVersionRules {

    public static final HugoVersion X_ADDED = HugoVersion.of(141);
    public static final HugoVersion TWEET_DEPRECATED = HugoVersion.of(142);
    public static final HugoVersion TWEET_REMOVED = HugoVersion.of(156);
    public static final HugoVersion YOUTUBE_PARAMS_ADDED = HugoVersion.of(125);
    public static final HugoVersion GIST_DEPRECATED = HugoVersion.of(143);
    public static final HugoVersion GIST_REMOVED = HugoVersion.of(156);

    private static final Set<String> TWEET_NAMES = Set.of("tweet", "twitter");

    private final HugoVersion version;
    private final boolean exact;
    private final Set<String> templateNames;

    private ShortcodeVersionRules(HugoVersion version, boolean exact, Set<String> templateNames) {
        this.version = version;
        this.exact = exact && version != null;
        this.templateNames = templateNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /**
     * @param pin           the site's pin, empty when unknown
     * @param templateNames shortcodes the site or its themes define as templates (these override Hugo's)
     */
    public static ShortcodeVersionRules of(Optional<HugoVersionPin> pin, Set<String> templateNames) {
        return new ShortcodeVersionRules(pin.map(HugoVersionPin::version).orElse(null),
                pin.map(p -> p.kind() == HugoVersionPin.Kind.EXACT).orElse(false), templateNames);
    }

    /** Rules for an exact Hugo version (null: unknown) and no site templates. */
    public static ShortcodeVersionRules forVersion(HugoVersion version) {
        return new ShortcodeVersionRules(version, true, Set.of());
    }

    /** The version the rules assume (a lower bound when the pin is a minimum), if known. */
    public Optional<HugoVersion> version() {
        return Optional.ofNullable(version);
    }

    /** The name to insert for an X/Twitter post: {@code tweet} below Hugo 0.141 (exact pin), else {@code x}. */
    public String tweetShortcodeName() {
        return exact && version.before(X_ADDED) && !templateNames.contains("x") ? "tweet" : "x";
    }

    /** Whether Hugo of this version has the embedded shortcode (or the site/theme defines it). */
    public boolean isAvailable(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (templateNames.contains(n)) {
            return true;
        }
        if (n.equals("x")) {
            return !(exact && version.before(X_ADDED));
        }
        if (TWEET_NAMES.contains(n)) {
            return version == null || version.before(TWEET_REMOVED);
        }
        if (n.equals("gist")) {
            return version == null || version.before(GIST_REMOVED);
        }
        return true;
    }

    /** Whether a built-in parameter exists in this Hugo version (unknown version: yes). */
    public boolean isAvailable(ParamSpec param) {
        return !exact || param.availableIn(version);
    }

    /**
     * What is wrong with calling {@code name} with these named arguments on this site's Hugo.
     *
     * @param entry the catalog entry of the call, used for parameter versions (may be null)
     */
    public List<VersionIssue> check(String name, Collection<String> namedArguments, ShortcodeEntry entry) {
        String n = name.toLowerCase(Locale.ROOT);
        List<VersionIssue> issues = new ArrayList<>();
        if (templateNames.contains(n)) {
            return issues;
        }
        if (TWEET_NAMES.contains(n)) {
            tweetIssue(n).ifPresent(issues::add);
        } else if (n.equals("gist")) {
            gistIssue().ifPresent(issues::add);
        } else if (n.equals("x") && exact && version.before(X_ADDED)) {
            issues.add(new VersionIssue(Severity.ERROR, RuleId.SHORTCODE_TOO_NEW.id(), "the x shortcode needs Hugo "
                    + X_ADDED + " or later and this site builds with " + version + "; use tweet instead",
                    Optional.of("tweet")));
        }
        if (entry != null && entry.source() == ShortcodeSource.BUILTIN && exact) {
            for (String arg : namedArguments) {
                entry.param(arg).filter(p -> !p.availableIn(version)).ifPresent(p -> issues.add(new VersionIssue(
                        Severity.WARNING, RuleId.SHORTCODE_PARAM_TOO_NEW.id(), "Hugo " + version + " ignores " + name + "'s "
                        + p.name() + " (added in Hugo " + p.since() + "); remove it or upgrade Hugo",
                        Optional.empty())));
            }
        }
        return issues;
    }

    private Optional<VersionIssue> tweetIssue(String name) {
        if (version == null) {
            return Optional.of(new VersionIssue(Severity.INFO, RuleId.SHORTCODE_VERSION_UNKNOWN.id(), name + " was renamed x in Hugo "
                    + X_ADDED + " and removed in " + TWEET_REMOVED + "; the site's Hugo version is unknown, so pin "
                    + "it (e.g. HUGO_VERSION in netlify.toml) to know which one builds", Optional.of("x")));
        }
        if (version.atLeast(TWEET_REMOVED)) {
            return Optional.of(new VersionIssue(Severity.ERROR, RuleId.SHORTCODE_REMOVED.id(), name + " was removed in Hugo "
                    + TWEET_REMOVED + " and fails the build on " + describe() + "; use x with the same user and id",
                    Optional.of("x")));
        }
        if (version.atLeast(TWEET_DEPRECATED)) {
            return Optional.of(new VersionIssue(Severity.WARNING, RuleId.SHORTCODE_DEPRECATED.id(), name
                    + " is deprecated since Hugo " + TWEET_DEPRECATED + " and removed in " + TWEET_REMOVED
                    + "; use x with the same user and id", Optional.of("x")));
        }
        return Optional.empty();
    }

    private Optional<VersionIssue> gistIssue() {
        String what = "gist was deprecated in Hugo " + GIST_DEPRECATED + " and removed in " + GIST_REMOVED;
        if (version == null) {
            return Optional.of(new VersionIssue(Severity.INFO, RuleId.SHORTCODE_VERSION_UNKNOWN.id(), what + "; the site's Hugo version "
                    + "is unknown, so pin it to know whether this builds", Optional.empty()));
        }
        if (version.atLeast(GIST_REMOVED)) {
            return Optional.of(new VersionIssue(Severity.ERROR, RuleId.SHORTCODE_REMOVED.id(), what + " and fails the build on "
                    + describe() + "; link to the gist instead, or add a gist shortcode to the site", Optional.empty()));
        }
        if (version.atLeast(GIST_DEPRECATED)) {
            return Optional.of(new VersionIssue(Severity.WARNING, RuleId.SHORTCODE_DEPRECATED.id(), what
                    + "; link to the gist instead, or add a gist shortcode to the site", Optional.empty()));
        }
        return Optional.empty();
    }

    private String describe() {
        return version.isLatest() ? "the latest Hugo" : "Hugo " + (exact ? "" : ">= ") + version;
    }
}
