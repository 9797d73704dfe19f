package io.recapstudio.ui.common;

import javafx.concurrent.Worker;

/**
 * The one way the app tells the user something: a non-blocking bar for information and progress, an alert for
 * failures, and the few questions that must be answered before going on. FX thread only.
 */
public interface Notifier {

    /** The answer to "save your changes?". */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** Shows {@code message} in the notification bar; it goes away by itself. */
    void info(String message);

    /** Shows {@code message} in the notification bar until the user closes it. */
    void warning(String message);

    /** Tells the user an operation failed: what, why, and what to do (an alert that does not block). */
    void failure(String title, String message);

    /** Asks whether to save {@code postName} before it closes: Save, Don't Save or Cancel. */
    UnsavedChoice askSaveChanges(String postName);

    /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Shows the progress of {@code task} in the bar, with a Cancel button, until it finishes. */
    void progress(String label, Worker<?> task);
}
