package io.recapstudio.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.check.CheckCancelledException;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import io.recapstudio.core.workspace.SiteContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The checks while typing: one in flight per post, on the latest text, after the preview; stale ones cancelled. */
class DiagnosticsRunnerTest {

    /** Records every text it checks; the first check waits until the test lets it go. */
    private static final class RecordingProvider implements DiagnosticsProvider {
        final List<String> checked = new CopyOnWriteArrayList<>();
        final List<Boolean> cancelledAtEnd = new CopyOnWriteArrayList<>();
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch releaseFirst = new CountDownLatch(1);

        @Override
        public List<Diagnostic> diagnose(Path post, String text) {
            return diagnose(post, text, SiteContext.none(), () -> false);
        }

        @Override
        public List<Diagnostic> diagnose(Path post, String text, SiteContext site, BooleanSupplier cancelled) {
            checked.add(text);
            if (checked.size() == 1) {
                firstStarted.countDown();
                await(releaseFirst);
            }
            cancelledAtEnd.add(cancelled.getAsBoolean());
            if (cancelled.getAsBoolean()) {
                throw new CheckCancelledException(); // as the Checker does between rules
            }
            return List.of(Diagnostic.at(LineIndex.of(text), TextRange.empty(0), Severity.INFO, "mojibake", text));
        }
    }

    @Test
    void aBurstOfEditsRunsTheCheckerAFewTimesAndTheLastRunSeesTheFinalText() throws Exception {
        RecordingProvider provider = new RecordingProvider();
        EditorSession session = new EditorSession(OpenedPost.untitled("start"));
        try (DiagnosticsRunner runner = new DiagnosticsRunner(provider, Runnable::run, (s, e) -> { throw new AssertionError(e); })) {
            runner.watch(session);
            await(provider.firstStarted);
            String text = "start";
            for (int i = 0; i < 50; i++) {
                text += " word" + i;
                session.publish(TextSnapshot.of(session.noteEdit(), text));
            }
            provider.releaseFirst.countDown();
            String last = text;
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> messages(session).equals(List.of(last)));
        }
        assertThat(provider.checked.size()).isBetween(2, 3);
        assertThat(provider.checked.get(provider.checked.size() - 1)).isEqualTo(messages(session).get(0));
    }

    @Test
    void aCheckOfTextEditedMeanwhileIsCancelledAndReportsNothing() throws Exception {
        RecordingProvider provider = new RecordingProvider();
        EditorSession session = new EditorSession(OpenedPost.untitled("old text"));
        try (DiagnosticsRunner runner = new DiagnosticsRunner(provider, Runnable::run, (s, e) -> { throw new AssertionError(e); })) {
            runner.watch(session);
            await(provider.firstStarted);
            long edited = session.noteEdit(); // typed, not yet published: the running check is of stale text
            provider.releaseFirst.countDown();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> provider.cancelledAtEnd.size() == 1);
            assertThat(provider.cancelledAtEnd).containsExactly(true);
            assertThat(session.getDiagnostics()).isEmpty();

            session.publish(TextSnapshot.of(edited, "new text"));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> messages(session).equals(List.of("new text")));
        }
        assertThat(provider.checked).containsExactly("old text", "new text");
    }

    @Test
    void aCheckWaitsUntilThePreviewShowsItsVersion() throws Exception {
        RecordingProvider provider = new RecordingProvider();
        provider.releaseFirst.countDown();
        EditorSession previewed = new EditorSession(OpenedPost.untitled("typed"));
        previewed.setPreviewShown(-1);
        EditorSession plain = new EditorSession(OpenedPost.untitled("other post"));
        try (DiagnosticsRunner runner = new DiagnosticsRunner(provider, Runnable::run, (s, e) -> { throw new AssertionError(e); })) {
            runner.watch(previewed);
            runner.watch(plain); // no preview: checked at once, on the same single thread, after anything queued
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> messages(plain).equals(List.of("other post")));
            assertThat(provider.checked).containsExactly("other post");

            previewed.setPreviewShown(previewed.currentVersion());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> messages(previewed).equals(List.of("typed")));
        }
        assertThat(provider.checked).containsExactly("other post", "typed");
    }

    private static List<String> messages(EditorSession session) {
        return session.getDiagnostics().stream().map(Diagnostic::message).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
