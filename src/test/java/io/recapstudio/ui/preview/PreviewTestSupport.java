package io.recapstudio.ui.preview;

import io.recapstudio.core.markdown.TestRenderers;
import io.recapstudio.core.markdown.RenderInput;
import io.recapstudio.core.markdown.RenderOptions;
import io.recapstudio.core.markdown.RenderResult;
import io.recapstudio.core.markdown.preview.PreviewShortcodes;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Helpers for preview tests: run on the FX thread and wait, read the page with JavaScript. */
final class PreviewTestSupport {

    static final int TIMEOUT_SECONDS = 20;

    private final PreviewPane pane;

    PreviewTestSupport(PreviewPane pane) {
        this.pane = pane;
    }

    static RenderResult render(String text, Path bundle, long version) {
        return TestRenderers.preview().render(new RenderInput(text, bundle, version, RenderOptions.preview()));
    }

    static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    static void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    Object js(String script) throws Exception {
        return onFx(() -> pane.getEngine().executeScript(script));
    }

    int jsInt(String script) throws Exception {
        return ((Number) js(script)).intValue();
    }

    boolean jsTrue(String script) throws Exception {
        return Boolean.TRUE.equals(js(script));
    }

    void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
    }

    /** As {@link #waitFor(Callable)}, failing with what {@code state} says about the page when time runs out. */
    void waitFor(Callable<Boolean> condition, Callable<String> state) throws Exception {
        try {
            waitFor(condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Not reached in " + TIMEOUT_SECONDS + " s; " + state.call(), e);
        }
    }

    void waitUntilReady() throws Exception {
        waitFor(() -> onFx(() -> pane.readyProperty().get()));
    }

    void show(RenderResult result) throws Exception {
        onFx(() -> pane.show(result));
    }

    void waitForImages() throws Exception {
        waitFor(() -> jsTrue("Array.prototype.every.call(document.images, function (i) { return i.complete; })"));
    }

    int blockCount() throws Exception {
        return jsInt("document.getElementById('content').children.length");
    }

    /** A long post: numbered sections of several paragraphs each. */
    static String longPost(int sections) {
        StringBuilder text = new StringBuilder("---\ntitle: Long\n---\n\n");
        for (int i = 1; i <= sections; i++) {
            text.append("## Section ").append(i).append("\n\n");
            for (int p = 1; p <= 3; p++) {
                text.append("Paragraph ").append(p).append(" of section ").append(i)
                        .append(" tells what happened at the booth in some detail, long enough to wrap\n")
                        .append("onto a second line in the preview.\n\n");
            }
        }
        return text.toString();
    }
}
