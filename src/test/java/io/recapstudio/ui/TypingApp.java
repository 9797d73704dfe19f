package io.recapstudio.ui;

import io.recapstudio.core.system.DaemonThreads;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;

/**
 * The real desktop app, started as the launcher starts it, for tests that run it in a child JVM: once a post is
 * open in the editor, {@code args[0]} is typed at its end (in a few pieces, as a person pauses), then the app
 * simply goes on running until the test kills it.
 */
public final class TypingApp {

    private TypingApp() {
    }

    public static void main(String[] args) {
        String text = args[0];
        DaemonThreads.start("typing-app-driver", () -> drive(text));
        App.launchDesktop(new String[0]);
    }

    private static void drive(String text) {
        try {
            while (!editorReady()) {
                TimeUnit.MILLISECONDS.sleep(200);
            }
            int piece = Math.max(1, text.length() / 3);
            for (int i = 0; i < text.length(); i += piece) {
                String part = text.substring(i, Math.min(text.length(), i + piece));
                onFx(() -> {
                    CodeArea area = editor();
                    area.insertText(area.getLength(), part);
                    return true;
                });
                TimeUnit.MILLISECONDS.sleep(300);
            }
            System.out.println("TYPED");
        } catch (Exception e) {
            e.printStackTrace();
        }
    }

    private static boolean editorReady() throws Exception {
        try {
            return onFx(() -> {
                CodeArea area = editor();
                return area != null && area.getLength() > 0;
            });
        } catch (IllegalStateException toolkitNotStartedYet) {
            return false;
        }
    }

    private static CodeArea editor() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().lookup("#editor"))
                .filter(CodeArea.class::isInstance).map(CodeArea.class::cast).findFirst().orElse(null);
    }

    private static boolean onFx(java.util.concurrent.Callable<Boolean> action) throws Exception {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
