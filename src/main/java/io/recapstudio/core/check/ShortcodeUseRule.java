package io.recapstudio.core.check;

import io.recapstudio.core.shortcode.Argument;
import io.recapstudio.core.shortcode.ShortcodeCall;
import io.recapstudio.core.shortcode.catalog.ArgumentRequirements;
import io.recapstudio.core.shortcode.catalog.KnownThemeShortcodes;
import io.recapstudio.core.shortcode.catalog.ShortcodeCatalog;
import io.recapstudio.core.shortcode.catalog.ShortcodeEntry;
import io.recapstudio.core.shortcode.catalog.VersionIssue;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.Fix;
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Shortcode calls against the catalog: names neither Hugo, the site nor its themes provide; calls the site's Hugo
 * version does not support (a {@code tweet} after its removal, an {@code x} before it existed); arguments missing
 * or refused, with the severity of what the template really does ({@link ArgumentRequirements}); {@code param}
 * keys neither the page nor the site has; and calls inside code, which Hugo runs all the same.
 */
final class ShortcodeUseRule implements CheckRule {

    /** Hugo's embedded shortcodes (across versions): never unknown, whatever the site's templates say. */
    private static final Set<String> HUGO_EMBEDDED = Set.of("comment", "details", "figure", "gist", "highlight",
            "instagram", "param", "qr", "ref", "relref", "tweet", "twitter", "twitter_simple", "vimeo",
            "vimeo_simple", "x", "x_simple", "youtube");

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> found = new ArrayList<>();
        ShortcodeCatalog catalog = context.catalog();
        boolean siteComplete = context.site().map(ShortcodeUseRule::allThemesOnDisk).orElse(false);
        for (ShortcodeCall call : context.shortcodes().allCalls()) {
            Optional<ShortcodeEntry> entry = catalog.find(call.name());
            if (entry.isEmpty() && !HUGO_EMBEDDED.contains(call.name().toLowerCase(Locale.ROOT))
                    && context.site().filter(site -> KnownThemeShortcodes.provides(site, call.name())).isEmpty()) {
                found.add(unknown(context, call, siteComplete));
            } else if (entry.isPresent()) {
                arguments(context, call, entry.get(), found);
            }
            if (call.name().equalsIgnoreCase("param")) {
                param(context, call).ifPresent(found::add);
            }
            List<String> named = call.arguments().all().stream().filter(Argument::isNamed)
                    .map(a -> a.name().orElseThrow()).toList();
            for (VersionIssue issue : catalog.versionRules().check(call.name(), named, entry.orElse(null))) {
                Diagnostic d = context.at(call.nameRange(), issue.severity(), issue.rule(), issue.message());
                found.add(d);
            }
            if (call.insideCode()) {
                found.add(inCode(context, call));
            }
        }
        return found;
    }

    /** True when every theme and module the site's config names is on disk, so the catalog knows all shortcodes. */
    private static boolean allThemesOnDisk(Site site) {
        long named = site.config().imports().stream().filter(i -> !i.disabled()).count()
                + site.config().themes().size();
        return site.themeDirs().size() >= named;
    }

    private static Diagnostic unknown(CheckContext context, ShortcodeCall call, boolean siteComplete) {
        if (siteComplete) {
            return context.at(call.nameRange(), Severity.ERROR, RuleId.SHORTCODE_UNKNOWN, "no shortcode \""
                    + call.name() + "\" in Hugo, the site's layouts/shortcodes or its themes, so Hugo's build fails:"
                    + " correct the name or add the template to layouts/shortcodes/" + call.name() + ".html");
        }
        String where = context.site().isPresent() ? "the site's templates on disk (a theme or module that is not"
                + " on disk may provide it)" : "the built-in catalog (no site was given; check with --site)";
        return context.at(call.nameRange(), Severity.WARNING, RuleId.SHORTCODE_UNKNOWN, "\"" + call.name()
                + "\" is not in " + where + "; if nothing provides it, Hugo's build fails");
    }

    private static void arguments(CheckContext context, ShortcodeCall call, ShortcodeEntry entry,
                                  List<Diagnostic> found) {
        for (ArgumentRequirements.Missing missing : ArgumentRequirements.missing(call, entry,
                context.siteContext().hugoVersion())) {
            found.add(context.at(call.openingRange(), missing.severity(), RuleId.SHORTCODE_MISSING_ARGUMENT,
                    missing.message()));
        }
        for (ArgumentRequirements.Refused refused : ArgumentRequirements.refused(call, entry)) {
            found.add(context.at(refused.argument().range(), Severity.ERROR, RuleId.SHORTCODE_ARGUMENT,
                    refused.message()));
        }
    }

    /**
     * {@code {{< param "key" >}}} prints the page's parameter, else the site's; a key neither has makes Hugo's
     * template call errorf. Dotted keys look into nested maps; keys match ignoring case, as Hugo's do.
     */
    private static Optional<Diagnostic> param(CheckContext context, ShortcodeCall call) {
        Optional<Argument> key = call.arguments().positional(0);
        if (key.isEmpty() || key.get().value().isBlank() || key.get().value().contains("{{")
                || !context.post().frontMatter().isValid()) {
            return Optional.empty();
        }
        String name = key.get().value();
        Map<String, Object> page = context.post().frontMatter().values();
        boolean inPage = lookUp(page, name) || page.get("params") instanceof Map<?, ?> params && lookUp(params, name);
        if (inPage) {
            return Optional.empty();
        }
        Optional<Site> site = context.site();
        if (site.isEmpty()) {
            return Optional.empty(); // the site's params may have it; without the site nothing is known
        }
        if (lookUp(site.get().config().params(), name)) {
            return Optional.empty();
        }
        return Optional.of(context.at(key.get().range(), Severity.ERROR, RuleId.SHORTCODE_PARAM_NOT_FOUND,
                "neither this post's front matter nor the site's params have \"" + name + "\", so Hugo's param"
                        + " template fails the build: add " + name + " to the front matter or correct the name"));
    }

    private static boolean lookUp(Map<?, ?> map, String dottedKey) {
        Object at = map;
        for (String part : dottedKey.split("\\.")) {
            if (!(at instanceof Map<?, ?> m)) {
                return false;
            }
            at = m.entrySet().stream().filter(e -> String.valueOf(e.getKey()).equalsIgnoreCase(part))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (at == null) {
                return false;
            }
        }
        return true;
    }

    private static Diagnostic inCode(CheckContext context, ShortcodeCall call) {
        String open = call.delimiter().open();
        String close = call.delimiter().close();
        List<TextEdit> edits = new ArrayList<>();
        edits.add(TextEdit.insert(call.openingRange().start() + open.length(), "/*"));
        edits.add(TextEdit.insert(call.openingRange().end() - close.length(), "*/"));
        call.closingRange().ifPresent(c -> {
            edits.add(TextEdit.insert(c.start() + open.length(), "/*"));
            edits.add(TextEdit.insert(c.end() - close.length(), "*/"));
        });
        return context.at(call.openingRange(), Severity.INFO, RuleId.SHORTCODE_IN_CODE, "Hugo runs this " + call.name()
                + " call even inside code; to show it as an example, escape it as " + open + "/* " + call.name()
                + " */" + close).withFix(new Fix("escape the call as " + open + "/* … */" + close, edits));
    }
}
