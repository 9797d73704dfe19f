package io.recapstudio.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.workspace.SiteContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's checks stop between two rules once their text is out of date, and the rules share one parse. */
class CheckerCancellationTest {

    @TempDir
    Path dir;

    @Test
    void aCancelledCheckStopsBeforeTheNextRuleAndReturnsNothing() throws Exception {
        List<String> ran = new ArrayList<>();
        AtomicBoolean cancelled = new AtomicBoolean();
        CheckRule first = context -> {
            ran.add("first");
            cancelled.set(true); // the user typed while this rule ran
            return List.of();
        };
        CheckRule second = context -> {
            ran.add("second");
            return List.of();
        };
        CheckContext context = CheckContext.of(bundle("---\ntitle: T\n---\nText.\n"), SiteContext.none());

        assertThatThrownBy(() -> new Checker(List.of(first, second)).check(context, cancelled::get))
                .isInstanceOf(CheckCancelledException.class);
        assertThat(ran).containsExactly("first");
    }

    @Test
    void aCheckNotCancelledFindsWhatTheUncancellableOneFinds() throws Exception {
        CheckContext context = CheckContext.of(bundle("---\ntitle: T\n---\n![x](../outside.png)\n"),
                SiteContext.none());
        List<Diagnostic> plain = Checker.standard().check(context);

        assertThat(Checker.standard().check(context, () -> false)).isEqualTo(plain).isNotEmpty();
    }

    @Test
    void theImageReferencesOfACheckAreParsedOnce() throws Exception {
        CheckContext context = CheckContext.of(bundle("---\ntitle: T\n---\n![x](a.png)\n"), SiteContext.none());

        assertThat(context.imageReferences()).singleElement().satisfies(r -> assertThat(r.url()).isEqualTo("a.png"));
        assertThat(context.imageReferences()).isSameAs(context.imageReferences());
    }

    private PageBundle bundle(String text) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("post"));
        Files.writeString(folder.resolve("index.md"), text);
        return PageBundle.open(folder);
    }
}
