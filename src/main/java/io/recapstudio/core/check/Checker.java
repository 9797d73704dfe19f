package io.recapstudio.core.check;

import io.recapstudio.core.markdown.ImageReferences;
import io.recapstudio.core.text.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Runs check rules over a bundle and returns their diagnostics in {@code recap check} order. The same checker serves
 * the app (underlines, panel), {@code recap check} and export's refusal, so all three always agree.
 */
public final class Checker {

    private final List<CheckRule> rules;
    /** Kept between checks: the editor checks the same post after every pause, changed in one piece. */
    private final ImageReferences images = ImageReferences.remembering();

    public Checker(List<CheckRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The checks every caller runs (the app, {@code recap check} and export). */
    public static Checker standard() {
        return new Checker(List.of(new SyntaxRule(), new ShortcodeUseRule(), new ImageReferenceRule(),
                new ResourceRule(), new FrontMatterRule(), new BundlePathRule()));
    }

    public Checker with(CheckRule rule) {
        List<CheckRule> more = new ArrayList<>(rules);
        more.add(rule);
        return new Checker(more);
    }

    public List<Diagnostic> check(CheckContext context) {
        return check(context, () -> false);
    }

    /**
     * Like {@link #check(CheckContext)}, asking {@code cancelled} before each rule: the editor checks while the user
     * types, and a check of text already replaced is stopped there rather than run to the end.
     *
     * @throws CheckCancelledException when {@code cancelled} answered true; no diagnostics are returned then
     */
    public List<Diagnostic> check(CheckContext context, BooleanSupplier cancelled) {
        List<Diagnostic> found = new ArrayList<>();
        context.findImagesWith(images);
        for (CheckRule rule : rules) {
            if (cancelled.getAsBoolean()) {
                throw new CheckCancelledException();
            }
            for (Diagnostic d : rule.check(context)) {
                found.add(d.path() == null ? d.withPath(context.postFile()) : d);
            }
        }
        found.sort(Diagnostic.ORDER);
        return found;
    }

    /** True when any diagnostic is an error (export refuses, {@code check} exits 1). */
    public static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
