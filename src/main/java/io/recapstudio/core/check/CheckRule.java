package io.recapstudio.core.check;

import io.recapstudio.core.text.Diagnostic;
import java.util.List;

/**
 * One family of checks over a bundle. Rules are pure: they read the {@link CheckContext} and return diagnostics
 * (positions in the post's text, rule ids, messages that say what to do, fixes where safe); they never write.
 */
@FunctionalInterface
public interface CheckRule {

    List<Diagnostic> check(CheckContext context);
}
