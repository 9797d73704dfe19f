package io.recapstudio.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The session and the diagnostics runner without a toolkit. */
class EditorSessionTest {

    @Test
    void theDisplayNameIsTheBundleFolderOrTheFileName() {
        assertThat(EditorSession.nameOf(Path.of("/site/content/blog/fjord-recap/index.md"))).isEqualTo("fjord-recap");
        assertThat(EditorSession.nameOf(Path.of("/notes/draft.md"))).isEqualTo("draft.md");
        assertThat(new EditorSession(OpenedPost.untitled("x")).getDisplayName()).isEqualTo("Untitled");
    }

    @Test
    void diagnosticsForAnOlderVersionAreDropped() {
        EditorSession session = new EditorSession(OpenedPost.untitled("text"));
        List<Diagnostic> found = List.of(Diagnostic.at(LineIndex.of("text"), TextRange.of(0, 4), Severity.ERROR,
                "mojibake", "m"));
        session.noteEdit();

        assertThat(session.acceptDiagnostics(0, found, DocumentStats.EMPTY)).isFalse();
        assertThat(session.getDiagnostics()).isEmpty();
        assertThat(session.acceptDiagnostics(1, found, new DocumentStats(1, 1))).isTrue();
        assertThat(session.count(Severity.ERROR)).isEqualTo(1);
    }

    @Test
    void theRunnerComputesOffTheCallingThreadAndDeliversTheLatest() throws Exception {
        List<String> seenOn = new ArrayList<>();
        CountDownLatch delivered = new CountDownLatch(1);
        DiagnosticsProvider provider = (post, text) -> {
            seenOn.add(Thread.currentThread().getName());
            return text.contains("bad") ? List.of(Diagnostic.at(LineIndex.of(text),
                    TextRange.of(text.indexOf("bad"), text.indexOf("bad") + 3), Severity.WARNING, "mojibake", "bad"))
                    : List.of();
        };
        EditorSession session = new EditorSession(OpenedPost.untitled("one bad word"));
        try (DiagnosticsRunner runner = new DiagnosticsRunner(provider, r -> {
            r.run();
            delivered.countDown();
        }, (s, e) -> { })) {
            runner.watch(session);
            assertThat(delivered.await(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(seenOn).containsOnly("recap-diagnostics");
        assertThat(session.getDiagnostics()).extracting(Diagnostic::rule).containsExactly("mojibake");
        assertThat(session.statsProperty().get().words()).isEqualTo(3);
    }

    @Test
    void statisticsCountTheBodyWithoutFrontMatterOrShortcodes() {
        DocumentStats stats = DocumentStats.of("---\ntitle: Many words here\n---\n\nTwo {{< x a=b >}}words.\n");
        assertThat(stats.words()).isEqualTo(2);
        assertThat(DocumentStats.of("word ".repeat(214)).readingMinutes()).isEqualTo(2);
        assertThat(DocumentStats.of("+++\ntitle = 'a b c'\n+++\nbody").words()).isEqualTo(1);
        assertThat(DocumentStats.of("{\n\"title\": \"a b c\"\n}\nbody text").words()).isEqualTo(2);
    }

    @Test
    void aLazySnapshotBuildsItsTextOnce() {
        int[] calls = new int[1];
        TextSnapshot snapshot = TextSnapshot.lazy(3, () -> {
            calls[0]++;
            return "text";
        });
        assertThat(snapshot.text()).isEqualTo("text");
        assertThat(snapshot.text()).isEqualTo("text");
        assertThat(calls[0]).isEqualTo(1);
        assertThat(snapshot.version()).isEqualTo(3);
    }
}
