package io.recapstudio.ui.session;

/**
 * The source lines the editor shows, 1-based: the first (partly) visible line and the last one.
 *
 * @param topLine    the line at the top of the viewport
 * @param bottomLine the line at the bottom of the viewport (at least {@code topLine})
 */
public record EditorViewport(int topLine, int bottomLine) {

    public static final EditorViewport START = new EditorViewport(1, 1);

    public EditorViewport {
        topLine = Math.max(1, topLine);
        bottomLine = Math.max(topLine, bottomLine);
    }

    /** True when {@code line} is on screen. */
    public boolean shows(int line) {
        return line >= topLine && line <= bottomLine;
    }
}
