package io.recapstudio.ui.preview;

import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;

/**
 * Keeps a WebView on its one page. The sanitiser already takes out what could navigate ({@code <meta refresh>},
 * script, {@code javascript:} links, forms) and the shell's Content-Security-Policy runs only the shell's own script;
 * this is the last guard behind them: any load of another location is cancelled as soon as it starts, pop-up windows
 * are never created, and if another document got in all the same, the page is loaded again (the caller re-applies
 * what it showed). In-page anchors ({@code #fn:1}) are the same page.
 */
final class NavigationGuard {

    private NavigationGuard() {
    }

    /**
     * Guards {@code engine}, which must only ever show {@code pageUrl}; {@code onPageLost} runs on the FX thread
     * when a foreign document was shown anyway, after the page has been asked to load again.
     */
    static void install(WebEngine engine, String pageUrl, Runnable onPageLost) {
        engine.setCreatePopupHandler(features -> null);
        engine.locationProperty().addListener((observable, old, location) -> {
            if (!isPage(location, pageUrl)) {
                engine.getLoadWorker().cancel();
                Platform.runLater(() -> engine.getLoadWorker().cancel());
            }
        });
        engine.getLoadWorker().stateProperty().addListener((observable, old, state) -> {
            boolean settled = state == Worker.State.SUCCEEDED || state == Worker.State.FAILED
                    || state == Worker.State.CANCELLED;
            if (settled && !isPage(engine.getLocation(), pageUrl)) {
                Platform.runLater(() -> {
                    if (!isPage(engine.getLocation(), pageUrl)) {
                        engine.load(pageUrl);
                        onPageLost.run();
                    }
                });
            }
        });
    }

    /** True when {@code location} is {@code pageUrl}, perhaps with a fragment. */
    static boolean isPage(String location, String pageUrl) {
        if (location == null || location.isEmpty()) {
            return true; // before the first load: nothing is shown yet
        }
        int hash = location.indexOf('#');
        String document = hash < 0 ? location : location.substring(0, hash);
        return document.equals(pageUrl) || document.equals(pageUrl.replaceFirst("^file:///", "file:/"));
    }
}
