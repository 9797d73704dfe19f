package io.recapstudio.ui.editor;

import io.recapstudio.ui.editor.highlight.DiagnosticMarks;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/** Shows the message of the diagnostic under the mouse in a small popup while the mouse rests on underlined text. */
final class DiagnosticTooltips {

    private DiagnosticTooltips() {
    }

    static void install(CodeArea area, DiagnosticMarks marks) {
        Popup popup = new Popup();
        Label message = new Label();
        message.getStyleClass().add("diagnostic-tooltip");
        message.setId("diagnostic-tooltip");
        message.setWrapText(true);
        message.setMaxWidth(520);
        popup.getContent().add(message);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            DiagnosticMarks.Mark mark = marks.at(e.getCharacterIndex());
            if (mark != null && area.getScene() != null && area.getScene().getWindow() != null) {
                message.setText(mark.severity().label() + ": " + mark.message() + "  [" + mark.rule() + "]");
                message.getStyleClass().removeAll("diag-error", "diag-warning", "diag-info");
                message.getStyleClass().add("diag-" + mark.severity().label());
                popup.show(area, e.getScreenPosition().getX() + 4, e.getScreenPosition().getY() + 18);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
        area.getProperties().put(DiagnosticTooltips.class, message);
    }

    /** The label the popup shows (for tests). */
    static Label label(CodeArea area) {
        return (Label) area.getProperties().get(DiagnosticTooltips.class);
    }
}
