package io.recapstudio.core.shortcode.catalog;

import io.recapstudio.core.shortcode.Argument;
import io.recapstudio.core.shortcode.ShortcodeCall;
import io.recapstudio.core.site.HugoVersion;
import io.recapstudio.core.text.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a call with an argument missing or refused does when Hugo builds the page, read from the templates
 * themselves: Hugo's embedded shortcodes per version (read in the templates of Hugo 0.111, 0.122, 0.123, 0.125,
 * 0.141, 0.146 and 0.152, and for 0.111 confirmed by building each case), Docsy's {@code imgproc}, and the site's
 * own templates (a parameter the analyzer marks required is one whose absence reaches an {@code errorf}). A failure is an {@link Severity#ERROR}; a call that builds
 * but shows something broken (an empty player, an image without a source) a {@link Severity#WARNING}. An unknown
 * Hugo version is taken as the newest, as the catalog does for {@code tweet} and {@code x}.
 */
public final class ArgumentRequirements {

    /** Hugo 0.123 made tweet and instagram require their arguments. */
    public static final HugoVersion TWEET_NAMED_REQUIRED = HugoVersion.of(123);
    /** Hugo 0.125 made youtube fail without an id. */
    public static final HugoVersion YOUTUBE_ID_REQUIRED = HugoVersion.of(125);
    /** Hugo 0.146 made vimeo fail without an id. */
    public static final HugoVersion VIMEO_ID_REQUIRED = HugoVersion.of(146);

    /**
     * One argument a call lacks.
     *
     * @param severity error when the build fails, warning when the page shows something broken
     * @param message  what is missing, what Hugo does, and what to write
     */
    public record Missing(Severity severity, String message) {
    }

    private ArgumentRequirements() {
    }

    /**
     * The arguments {@code call} lacks, with what each does in Hugo {@code version} (empty: unknown, taken as the
     * newest); {@code entry} is the catalog's entry for the call's name.
     */
    public static List<Missing> missing(ShortcodeCall call, ShortcodeEntry entry, Optional<HugoVersion> version) {
        HugoVersion v = version.orElse(HugoVersion.LATEST);
        String name = call.name().toLowerCase(Locale.ROOT);
        boolean template = entry.source() != ShortcodeSource.BUILTIN;
        if (template && !name.equals("imgproc")) {
            return fromTemplate(call, entry);
        }
        return switch (name) {
            case "tweet", "twitter", "twitter_simple" -> tweet(call, v);
            case "x", "x_simple" -> namedUserAndId(call, "it fails the build");
            case "youtube" -> id(call, v.atLeast(YOUTUBE_ID_REQUIRED), "an id (the v= of the video's URL)", v);
            case "vimeo" -> id(call, v.atLeast(VIMEO_ID_REQUIRED), "an id (the number in the video's URL)", v);
            case "instagram" -> call.arguments().positional(0).isPresent() ? List.of()
                    : List.of(new Missing(v.atLeast(TWEET_NAMED_REQUIRED) ? Severity.ERROR : Severity.WARNING,
                    "instagram needs the post's id as its first argument"
                            + (v.atLeast(TWEET_NAMED_REQUIRED) ? "; without it Hugo's build fails" : "")));
            case "gist" -> positionalCount(call) >= 2 ? List.of() : List.of(new Missing(Severity.WARNING,
                    "gist needs the owner and the gist id, e.g. {{< gist user 1234abcd >}}; without them the page"
                            + " loads a script that shows nothing"));
            case "param" -> call.arguments().positional(0).isPresent() ? List.of() : List.of(new Missing(
                    Severity.ERROR, "param needs the name of a front-matter or site parameter; without it Hugo's"
                    + " build fails"));
            case "ref", "relref" -> call.arguments().positional(0).or(() -> call.arguments().named("path"))
                    .isPresent() ? List.of() : List.of(new Missing(Severity.ERROR, name + " needs the page to link"
                    + " to, e.g. {{< " + name + " \"blog/other-post.md\" >}}; without it Hugo's build fails"));
            case "qr" -> call.arguments().named("text").isPresent() || call.isClosed() ? List.of()
                    : List.of(new Missing(Severity.ERROR, "qr needs text=\"…\" or inner content to encode; "
                    + "without either Hugo's build fails"));
            case "figure" -> call.arguments().named("src").isPresent() ? List.of() : List.of(new Missing(
                    Severity.WARNING, "figure needs src=\"…\" (a bundle image or a URL); without it the page shows"
                    + " an image with no source"));
            case "imgproc" -> imgproc(call);
            case "highlight" -> call.arguments().positional(0).isPresent() ? List.of() : List.of(new Missing(
                    Severity.ERROR, "highlight needs the code's language as its first argument (e.g. {{< highlight"
                    + " go >}}, or text for none); without it Hugo's template fails the build"));
            case "details", "comment" -> List.of();
            default -> fromTemplate(call, entry);
        };
    }

    private static List<Missing> tweet(ShortcodeCall call, HugoVersion v) {
        boolean named = call.arguments().all().stream().anyMatch(Argument::isNamed);
        if (v.atLeast(TWEET_NAMED_REQUIRED) || named) {
            return namedUserAndId(call, "Hugo's template calls errorf and the build fails");
        }
        int count = positionalCount(call);
        if (count >= 2) {
            return List.of();
        }
        return List.of(count == 1
                ? new Missing(Severity.WARNING, "Hugo " + v + " accepts a tweet with only its id but warns that it"
                + " will soon require user and id: write " + call.name() + " user=\"…\" id=\"" + call.arguments()
                .positional(0).map(Argument::value).orElse("…") + "\"")
                : new Missing(Severity.ERROR, call.name() + " needs user=\"…\" and id=\"…\"; without an id Hugo"
                + " requests no post and the build fails"));
    }

    private static List<Missing> namedUserAndId(ShortcodeCall call, String consequence) {
        List<String> lacking = new ArrayList<>();
        for (String key : List.of("user", "id")) {
            if (call.arguments().named(key).filter(a -> !a.value().isBlank()).isEmpty()) {
                lacking.add(key);
            }
        }
        if (lacking.isEmpty()) {
            return List.of();
        }
        return List.of(new Missing(Severity.ERROR, call.name() + " needs the named arguments user and id ("
                + String.join(" and ", lacking) + " missing); " + consequence + ": write {{< " + call.name()
                + " user=\"account\" id=\"1234567890\" >}}"));
    }

    private static List<Missing> id(ShortcodeCall call, boolean fails, String what, HugoVersion v) {
        if (call.arguments().named("id").or(() -> call.arguments().positional(0)).isPresent()) {
            return List.of();
        }
        return List.of(new Missing(fails ? Severity.ERROR : Severity.WARNING, call.name() + " needs " + what
                + (fails ? "; without it Hugo's build fails" : "; without it Hugo " + v + " shows an empty player")));
    }

    private static List<Missing> imgproc(ShortcodeCall call) {
        if (positionalCount(call) >= 3) {
            return List.of();
        }
        return List.of(new Missing(Severity.ERROR, "imgproc needs an image name, a command and options, e.g."
                + " {{< imgproc stage Fill \"600x400\" >}}; without them the template fails the build"));
    }

    /** A site or theme template: a parameter whose absence reaches an errorf fails the build. */
    private static List<Missing> fromTemplate(ShortcodeCall call, ShortcodeEntry entry) {
        boolean anyNamed = call.arguments().all().stream().anyMatch(Argument::isNamed);
        boolean anyPositional = call.arguments().all().stream().anyMatch(a -> !a.isNamed());
        List<Missing> out = new ArrayList<>();
        for (ParamSpec param : entry.params()) {
            if (!param.required() || present(call, param)) {
                continue;
            }
            // A call in the other style (named vs positional) may still give it; the template decides.
            if (param.name() == null && anyNamed || param.position() == null && anyPositional) {
                continue;
            }
            boolean fails = entry.source() != ShortcodeSource.BUILTIN;
            out.add(new Missing(fails ? Severity.ERROR : Severity.WARNING, call.name() + " needs " + param.label()
                    + (param.description() == null ? "" : " (" + param.description() + ")")
                    + (fails ? "; its template fails the build without it" : "") + ": add it"));
        }
        return out;
    }

    /**
     * The argument values {@code call} gives that its template refuses: a value outside the choices of a parameter
     * whose template reaches an {@code errorf} for any other value (Docsy's imgproc command: a Docsy without
     * {@code Crop} fails on {@code Crop}). The range is the argument's.
     */
    public static List<Refused> refused(ShortcodeCall call, ShortcodeEntry entry) {
        List<Refused> out = new ArrayList<>();
        for (ParamSpec param : entry.params()) {
            if (param.type() != ParamType.CHOICE || param.choices().isEmpty() || !param.required()) {
                continue;
            }
            Optional<Argument> given = param.name() != null ? call.arguments().named(param.name()) : Optional.empty();
            given = given.or(() -> param.position() != null ? call.arguments().positional(param.position())
                    : Optional.empty());
            given.filter(a -> !a.value().contains("{{") && !param.choices().contains(a.value()))
                    .ifPresent(a -> out.add(new Refused(a, call.name() + " " + param.label() + " \"" + a.value()
                            + "\" is not one the " + where(entry) + " knows (" + String.join(", ", param.choices())
                            + ") and Hugo's build fails: use one of them")));
        }
        return out;
    }

    /**
     * An argument the template refuses.
     *
     * @param argument the argument as written
     * @param message  what is wrong and what to write
     */
    public record Refused(Argument argument, String message) {
    }

    private static String where(ShortcodeEntry entry) {
        return entry.file() != null ? "template " + entry.file() : "shortcode";
    }

    private static boolean present(ShortcodeCall call, ParamSpec param) {
        boolean byName = param.name() != null && call.arguments().named(param.name()).isPresent();
        boolean byPosition = param.position() != null && call.arguments().positional(param.position()).isPresent();
        return byName || byPosition;
    }

    private static int positionalCount(ShortcodeCall call) {
        return (int) call.arguments().all().stream().filter(a -> !a.isNamed()).count();
    }
}
