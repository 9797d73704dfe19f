package io.recapstudio.core.check;

import io.recapstudio.core.shortcode.Argument;
import io.recapstudio.core.shortcode.ShortcodeCall;
import io.recapstudio.core.shortcode.catalog.ParamSpec;
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
import java.util.Optional;
import java.util.Set;

/**
 * Shortcode calls against the catalog: names neither Hugo, the site nor its themes provide; calls the site's Hugo
 * version does not support (a {@code tweet} after its removal, an {@code x} before it existed); required arguments
 * missing (a {@code tweet} without its id); and calls inside code, which Hugo runs all the same.
 */
final class ShortcodeUseRule implements CheckRule {

    /** Hugo's embedded shortcodes (across versions): never unknown, whatever the site's templates say. */
    private static final Set<String> HUGO_EMBEDDED = Set.of("comment", "details", "figure", "gist", "highlight",
            "instagram", "param", "qr", "ref", "relref", "tweet", "twitter", "twitter_simple", "vimeo",
            "vimeo_simple", "x", "x_simple", "youtube");

    /** Shortcodes whose template fails the build without their required arguments. */
    private static final Set<String> FAILS_WITHOUT_ARGUMENTS = Set.of("imgproc");

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> found = new ArrayList<>();
        ShortcodeCatalog catalog = context.catalog();
        boolean siteComplete = context.site().map(ShortcodeUseRule::allThemesOnDisk).orElse(false);
        for (ShortcodeCall call : context.shortcodes().allCalls()) {
            Optional<ShortcodeEntry> entry = catalog.find(call.name());
            if (entry.isEmpty() && !HUGO_EMBEDDED.contains(call.name().toLowerCase(Locale.ROOT))) {
                found.add(unknown(context, call, siteComplete));
            } else if (entry.isPresent()) {
                required(context, call, entry.get(), found);
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
            return context.at(call.nameRange(), Severity.ERROR, RuleId.SHORTCODE_UNKNOWN.id(), "no shortcode \""
                    + call.name() + "\" in Hugo, the site's layouts/shortcodes or its themes, so Hugo's build fails:"
                    + " correct the name or add the template to layouts/shortcodes/" + call.name() + ".html");
        }
        String where = context.site().isPresent() ? "the site's templates on disk (a theme or module that is not"
                + " on disk may provide it)" : "the built-in catalog (no site was given; check with --site)";
        return context.at(call.nameRange(), Severity.WARNING, RuleId.SHORTCODE_UNKNOWN.id(), "\"" + call.name()
                + "\" is not in " + where + "; if nothing provides it, Hugo's build fails");
    }

    private static void required(CheckContext context, ShortcodeCall call, ShortcodeEntry entry,
                                 List<Diagnostic> found) {
        boolean anyNamed = call.arguments().all().stream().anyMatch(Argument::isNamed);
        boolean anyPositional = call.arguments().all().stream().anyMatch(a -> !a.isNamed());
        for (ParamSpec param : entry.params()) {
            if (!param.required() || present(call, param)) {
                continue;
            }
            // A call in the other style (named vs positional) may still give it; the template decides.
            if (param.name() == null && anyNamed || param.position() == null && anyPositional) {
                continue;
            }
            Severity severity = FAILS_WITHOUT_ARGUMENTS.contains(call.name().toLowerCase(Locale.ROOT))
                    ? Severity.ERROR : Severity.WARNING;
            found.add(context.at(call.openingRange(), severity, RuleId.SHORTCODE_MISSING_ARGUMENT.id(), call.name()
                    + " needs " + param.label() + (param.description() == null ? "" : " (" + param.description()
                    + ")") + ": add it, e.g. " + example(call, param)));
        }
    }

    private static boolean present(ShortcodeCall call, ParamSpec param) {
        boolean byName = param.name() != null && call.arguments().named(param.name()).isPresent();
        boolean byPosition = param.position() != null && call.arguments().positional(param.position()).isPresent();
        return byName || byPosition;
    }

    private static String example(ShortcodeCall call, ParamSpec param) {
        String value = param.name() == null ? "…" : param.name() + "=\"…\"";
        return call.delimiter().open() + " " + call.name() + " " + value + " " + call.delimiter().close();
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
        return context.at(call.openingRange(), Severity.INFO, RuleId.SHORTCODE_IN_CODE.id(), "Hugo runs this " + call.name()
                + " call even inside code; to show it as an example, escape it as " + open + "/* " + call.name()
                + " */" + close).withFix(new Fix("escape the call as " + open + "/* … */" + close, edits));
    }
}
