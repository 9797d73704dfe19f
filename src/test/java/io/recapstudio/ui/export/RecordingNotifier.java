package io.recapstudio.ui.export;

import io.recapstudio.ui.common.Notifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.concurrent.Worker;

/** A notifier that remembers what it was told and answers questions with {@link #answer}. */
final class RecordingNotifier implements Notifier {

    final List<String> messages = new CopyOnWriteArrayList<>();
    volatile boolean answer = true;

    @Override
    public void info(String message) {
        messages.add("info: " + message);
    }

    @Override
    public void warning(String message) {
        messages.add("warning: " + message);
    }

    @Override
    public void failure(String title, String message) {
        messages.add("failure: " + title + ": " + message);
    }

    @Override
    public UnsavedChoice askSaveChanges(String postName) {
        return answer ? UnsavedChoice.SAVE : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        messages.add("confirm: " + title);
        return answer;
    }

    @Override
    public void progress(String label, Worker<?> task) {
        messages.add("progress: " + label);
    }
}
