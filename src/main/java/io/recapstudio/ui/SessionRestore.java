package io.recapstudio.ui;

import io.recapstudio.ui.common.AppSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's size (its scene's) and place, its maximised state, the selected post and each open post's caret, kept
 * at a clean quit and restored at the next start (the open posts themselves are {@link AppSettings#lastSession()}).
 */
final class SessionRestore {

    /** The height of a title bar, and how much of its width must be on a screen to drag the window back. */
    private static final double GRIP = 32;
    private static final double GRIP_WIDTH = 120;

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

    /**
     * Puts the window where it was (before it is shown), if that place is still on a screen (a monitor unplugged
     * since, a smaller display): else the window is centred.
     */
    void restoreWindow(Stage stage) {
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
            if (reachable(x, y, sceneWidth(), screens)) {
                stage.setX(x);
                stage.setY(y);
            } else {
                stage.centerOnScreen();
            }
        }
        stage.setMaximized(settings.getBoolean("window.maximized", false));
    }

    /**
     * Whether a window at {@code x, y} of {@code width} can be grabbed: its title bar (the top {@value #GRIP} px) lies
     * on one of {@code screens} over at least {@value #GRIP_WIDTH} px of its width (or all of it, when narrower).
     */
    static boolean reachable(double x, double y, double width, List<Rectangle2D> screens) {
        for (Rectangle2D screen : screens) {
            double overlap = Math.min(x + width, screen.getMaxX()) - Math.max(x, screen.getMinX());
            if (overlap >= Math.min(GRIP_WIDTH, width) && y >= screen.getMinY() && y + GRIP <= screen.getMaxY()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The posts of the last session that still exist; as each of them opens its caret goes back and the one selected
     * at quit is selected again (once: a post closed and opened again later starts at its top). {@code gone} hears the
     * ones that have disappeared.
     */
    List<Path> restoreTabs(PostTabs tabs, java.util.function.Consumer<String> gone) {
        List<Path> last = settings.lastSession();
        List<Path> missing = last.stream().filter(p -> !Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            gone.accept(missing.size() + (missing.size() == 1 ? " post" : " posts") + " of your last session "
                    + (missing.size() == 1 ? "is" : "are") + " gone and did not open: "
                    + missing.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        List<Path> existing = last.stream().filter(Files::exists).toList();
        if (existing.isEmpty()) {
            return existing;
        }
        String selected = settings.get("session.selected", null);
        Set<Path> pending = new HashSet<>(existing);
        Runnable[] stop = new Runnable[1];
        stop[0] = tabs.onTabAdded(tab -> {
            Path path = tab.session().getPath();
            if (path == null || !pending.remove(path)) {
                return;
            }
            int caret = settings.getInt("session.caret." + last.indexOf(path), 0);
            var area = tab.editor().area();
            area.moveTo(Math.max(0, Math.min(caret, area.getLength())));
            area.requestFollowCaret();
            if (Objects.equals(selected, path.toString())) {
                javafx.application.Platform.runLater(() -> tabs.select(tab));
            }
            if (pending.isEmpty()) {
                stop[0].run();
            }
        });
        return existing;
    }
}
