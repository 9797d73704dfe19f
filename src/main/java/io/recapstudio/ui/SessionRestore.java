package io.recapstudio.ui;

import io.recapstudio.ui.common.AppSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.stage.Stage;

/**
 * The window's size (its scene's) and place, its maximised state, the selected post and each open post's caret, kept
 * at a clean quit and restored at the next start (the open posts themselves are {@link AppSettings#lastSession()}).
 */
final class SessionRestore {

    private final AppSettings settings;

    SessionRestore(AppSettings settings) {
        this.settings = settings;
    }

    /** The width of the window's scene at the last clean quit (a first start: 1440). */
    double sceneWidth() {
        return settings.getDouble("window.width", 1440);
    }

    /** The height of the window's scene at the last clean quit (a first start: 900). */
    double sceneHeight() {
        return settings.getDouble("window.height", 900);
    }

    /** Keeps the window's state and the tabs' (call at a clean quit, before the settings are written). */
    void save(Stage stage, PostTabs tabs) {
        if (stage.getScene() != null) {
            settings.put("window.width", Double.toString(stage.getScene().getWidth()));
            settings.put("window.height", Double.toString(stage.getScene().getHeight()));
        }
        if (!stage.isMaximized()) {
            settings.put("window.x", Double.toString(stage.getX()));
            settings.put("window.y", Double.toString(stage.getY()));
        }
        settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
        PostTab active = tabs.active();
        settings.put("session.selected", active == null || active.session().getPath() == null ? null
                : active.session().getPath().toString());
        List<PostTab> open = tabs.all().stream().filter(t -> t.session().getPath() != null).toList();
        for (int i = 0; i < 100; i++) {
            settings.put("session.caret." + i, i < open.size()
                    ? Integer.toString(open.get(i).editor().area().getCaretPosition()) : null);
        }
    }

    /** Puts the window where it was (before it is shown). */
    void restoreWindow(Stage stage) {
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(settings.getBoolean("window.maximized", false));
    }

    /**
     * The posts of the last session that still exist; as each tab opens its caret goes back and the one selected at
     * quit is selected again. {@code gone} hears the ones that have disappeared.
     */
    List<Path> restoreTabs(PostTabs tabs, java.util.function.Consumer<String> gone) {
        List<Path> last = settings.lastSession();
        List<Path> missing = last.stream().filter(p -> !Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            gone.accept(missing.size() + (missing.size() == 1 ? " post" : " posts") + " of your last session "
                    + (missing.size() == 1 ? "is" : "are") + " gone and did not open: "
                    + missing.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        String selected = settings.get("session.selected", null);
        tabs.onTabAdded(tab -> {
            Path path = tab.session().getPath();
            int index = path == null ? -1 : last.indexOf(path);
            if (index < 0) {
                return;
            }
            int caret = (int) settings.getDouble("session.caret." + index, 0);
            var area = tab.editor().area();
            area.moveTo(Math.max(0, Math.min(caret, area.getLength())));
            area.requestFollowCaret();
            if (Objects.equals(selected, path.toString())) {
                javafx.application.Platform.runLater(() -> tabs.select(tab));
            }
        });
        return last.stream().filter(Files::exists).toList();
    }
}
