package io.recapstudio.ui.preview;

import io.recapstudio.core.markdown.RenderResult;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.concurrent.Worker;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;

/**
 * The live preview: a WebView that loads the preview shell once and then patches only the blocks that changed,
 * keeping the scroll position. Scroll sync by source line in both directions: {@link #scrollToLine(int)} moves the
 * preview; {@link #setOnLineScrolled(IntConsumer)} hears which line the user scrolled the preview to. Offline: the
 * shell's Content-Security-Policy lets images load from disk only and runs only the shell's own script; the page
 * never navigates (a {@link NavigationGuard} cancels any other load, and a click on a link opens nothing).
 *
 * <p>FX thread only.
 */
public final class PreviewPane extends StackPane {

    private final WebView webView = new WebView();
    private final WebEngine engine = webView.getEngine();
    /** Kept strongly: WebView only holds a weak reference to objects set as JS members. */
    private final Bridge bridge = new Bridge();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ReadOnlyLongWrapper shownVersion = new ReadOnlyLongWrapper(this, "shownVersion", -1);
    private final String shellUrl = ShellPage.url();
    /** The render the page shows (null before the first), which the next patch must start from. */
    private RenderResult onPage;
    private RenderResult pending;
    private RenderResult lastShown;
    private IntConsumer onLineScrolled = line -> { };
    private Consumer<String> onLinkClicked = href -> { };
    private JSObject preview;

    public PreviewPane() {
        setId("preview-pane");
        webView.setId("preview");
        webView.setContextMenuEnabled(false);
        getChildren().add(webView);
        engine.setJavaScriptEnabled(true); // for the shell's own script; its policy runs no other
        NavigationGuard.install(engine, shellUrl, this::onShellLost);
        engine.getLoadWorker().stateProperty().addListener((observable, old, state) -> {
            if (state == Worker.State.SUCCEEDED && NavigationGuard.isPage(engine.getLocation(), shellUrl)) {
                onShellLoaded();
            }
        });
        engine.load(shellUrl);
    }

    /**
     * Shows {@code result}: only the blocks that changed since what the page shows are sent. A result older than
     * the one shown is ignored (a stale render never overwrites a newer one).
     */
    public void show(RenderResult result) {
        show(PreviewPatch.between(onPage, result));
    }

    /**
     * Applies a patch made off the FX thread. When the page does not show the render the patch starts from (a patch
     * was skipped, or the page was reloaded), the page is rebuilt from the patch's result instead.
     */
    void show(PreviewPatch patch) {
        RenderResult result = patch.after();
        if (result.version() < shownVersion.get()) {
            return; // stale: a newer text is shown already
        }
        lastShown = result;
        if (!ready.get()) {
            pending = result;
            return;
        }
        PreviewPatch usable = patch.before() == onPage ? patch : PreviewPatch.between(onPage, result);
        Object answer = preview.call("patch", usable.json());
        if (answer instanceof Number number && number.intValue() < 0) {
            preview.call("patch", PreviewPatch.whole(result).json());
        }
        onPage = result;
        shownVersion.set(result.version());
    }

    /** The render the page shows, null before the first. */
    RenderResult onPage() {
        return onPage;
    }

    /** Scrolls the preview so the block showing source {@code line} (1-based) is at the top. */
    public void scrollToLine(int line) {
        if (ready.get()) {
            preview.call("scrollToLine", line);
        }
    }

    /**
     * Follows the editor: source line {@code topLine} at the top, then moved as little as needed to show the block of
     * {@code caretLine} too (-1: the caret is not on the editor's screen, so the preview need not show it).
     */
    public void follow(int topLine, int caretLine) {
        if (ready.get()) {
            preview.call("follow", topLine, caretLine);
        }
    }

    /** Scrolls to source {@code line} only when its block is out of sight (for following the caret). */
    public void revealLine(int line) {
        if (ready.get()) {
            preview.call("revealLine", line);
        }
    }

    /** The source line at the top of the preview's viewport. */
    public int lineAtTop() {
        return ready.get() ? ((Number) preview.call("lineAtTop")).intValue() : 1;
    }

    /** Called with the source line at the top of the preview after the user scrolls it (not after scrollToLine). */
    public void setOnLineScrolled(IntConsumer listener) {
        onLineScrolled = listener == null ? line -> { } : listener;
    }

    /** Called with the href of a link the user clicked (the preview itself never navigates). */
    public void setOnLinkClicked(Consumer<String> listener) {
        onLinkClicked = listener == null ? href -> { } : listener;
    }

    /** True once the shell page has loaded and patches apply. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** The version of the render result the page shows; -1 before the first. */
    public ReadOnlyLongProperty shownVersionProperty() {
        return shownVersion.getReadOnlyProperty();
    }

    public WebView getWebView() {
        return webView;
    }

    public WebEngine getEngine() {
        return engine;
    }

    /** Another document got into the view: the shell is loading again; show the last result once it is there. */
    private void onShellLost() {
        ready.set(false);
        preview = null;
        onPage = null;
        pending = lastShown;
    }

    private void onShellLoaded() {
        JSObject window = (JSObject) engine.executeScript("window");
        window.setMember("recapBridge", bridge);
        preview = (JSObject) engine.executeScript("window.recapPreview");
        onPage = null;
        ready.set(true);
        if (pending != null) {
            RenderResult result = pending;
            pending = null;
            show(PreviewPatch.whole(result));
        }
    }

    /** The object the page calls back; public with public methods so WebKit's bridge can see them. */
    public final class Bridge {

        public void lineScrolled(int line) {
            onLineScrolled.accept(line);
        }

        public void linkClicked(String href) {
            onLinkClicked.accept(href);
        }
    }
}
