package io.recapstudio.ui;

import io.recapstudio.ui.common.AppSettings;
import io.recapstudio.ui.common.Notifier;
import io.recapstudio.ui.common.Theme;
import io.recapstudio.ui.editor.EditorPrefs;
import io.recapstudio.ui.media.MediaPanel;
import io.recapstudio.ui.prefs.Preferences;
import io.recapstudio.ui.prefs.PreferencesDialog;
import io.recapstudio.ui.session.JournalKeeper;
import java.io.IOException;
import java.time.Duration;
import javafx.stage.Window;

/**
 * Edit ▸ Preferences…: gathers the preferences from where each lives, shows the dialog, applies the edited ones at
 * once (font size, wrap and theme change the open window live) and writes the settings file atomically.
 */
final class PreferencesFeature {

    /** The longest unsaved typing waits for its recovery copy, in seconds. */
    static final String RECOVERY_SECONDS_KEY = "recovery.maxWaitSeconds";

    private static final System.Logger LOG = System.getLogger(PreferencesFeature.class.getName());

    private final Window owner;
    private final AppSettings settings;
    private final EditorPrefs editor;
    private final Theme theme;
    private final JournalKeeper journal;
    private final Notifier notifier;
    private PreferencesDialog open;

    PreferencesFeature(Window owner, AppSettings settings, EditorPrefs editor, Theme theme, JournalKeeper journal,
                       Notifier notifier) {
        this.owner = owner;
        this.settings = settings;
        this.editor = editor;
        this.theme = theme;
        this.journal = journal;
        this.notifier = notifier;
        journal.setMaxWait(Duration.ofSeconds(current().recoverySeconds()));
    }

    /** The preferences as they are now. */
    Preferences current() {
        int recovery = settings.getInt(RECOVERY_SECONDS_KEY, (int) JournalKeeper.MAX_WAIT.toSeconds());
        return new Preferences(settings.get(NewPostInSite.AUTHOR_KEY, ""), settings.get(NewPostInSite.LAST_SITE_KEY, ""),
                theme.choiceProperty().get(), (int) Math.round(editor.fontSizeProperty().get()),
                editor.wrapProperty().get(), MediaPanel.maxWidthOf(settings.get(MediaPanel.MAX_WIDTH_KEY, "")), recovery);
    }

    void show() {
        open = new PreferencesDialog(owner, current());
        open.show(this::apply);
    }

    /** The dialog last opened (for tests). */
    PreferencesDialog dialog() {
        return open;
    }

    /** Applies {@code p} to the window and writes the settings. */
    void apply(Preferences p) {
        settings.put(NewPostInSite.AUTHOR_KEY, p.authorName().isEmpty() ? null : p.authorName());
        settings.put(NewPostInSite.LAST_SITE_KEY, p.defaultSite().isEmpty() ? null : p.defaultSite());
        settings.put(MediaPanel.MAX_WIDTH_KEY, p.imageMaxWidth() == 0 ? null : Integer.toString(p.imageMaxWidth()));
        settings.put(RECOVERY_SECONDS_KEY, Integer.toString(p.recoverySeconds()));
        journal.setMaxWait(Duration.ofSeconds(p.recoverySeconds()));
        editor.fontSizeProperty().set(p.fontSize());
        editor.wrapProperty().set(p.softWrap());
        theme.choiceProperty().set(p.theme());
        try {
            settings.save();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not write the settings to " + settings.file(), e);
            notifier.warning("Your preferences apply now but could not be saved to " + settings.file() + " ("
                    + e.getMessage() + "); check that the folder is writable.");
        }
    }
}
