package io.recapstudio.ui.prefs;

import io.recapstudio.ui.common.Theme;

/**
 * The values the Preferences dialog shows and edits. The window reads them from where each lives (the editor's
 * font size and wrap, the theme, the settings of New Post in Site, the media panel and the recovery journal) and
 * applies the edited ones back there, so a change is live at once.
 *
 * @param authorName      the author of new posts (empty: the site's most frequent)
 * @param defaultSite     the Hugo site proposed by New Post in Site (empty: none)
 * @param theme           light, dark or follow the system
 * @param fontSize        the editor's font size in points
 * @param softWrap        whether the editor wraps long lines
 * @param imageMaxWidth   imported images wider than this are downscaled (0: kept as they are)
 * @param recoverySeconds the longest unsaved typing waits before its recovery copy is written
 */
public record Preferences(String authorName, String defaultSite, Theme.Choice theme, int fontSize, boolean softWrap,
                          int imageMaxWidth, int recoverySeconds) {

    public static final int MIN_FONT_SIZE = 8;
    public static final int MAX_FONT_SIZE = 40;
    public static final int MIN_RECOVERY_SECONDS = 2;
    public static final int MAX_RECOVERY_SECONDS = 300;
    public static final int MAX_IMAGE_WIDTH = 20_000;

    public Preferences {
        authorName = authorName == null ? "" : authorName.strip();
        defaultSite = defaultSite == null ? "" : defaultSite.strip();
        theme = theme == null ? Theme.Choice.SYSTEM : theme;
        fontSize = Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, fontSize));
        imageMaxWidth = Math.max(0, Math.min(MAX_IMAGE_WIDTH, imageMaxWidth));
        recoverySeconds = Math.max(MIN_RECOVERY_SECONDS, Math.min(MAX_RECOVERY_SECONDS, recoverySeconds));
    }
}
