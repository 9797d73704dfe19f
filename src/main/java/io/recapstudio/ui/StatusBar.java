package io.recapstudio.ui;

import io.recapstudio.core.text.Severity;
import io.recapstudio.ui.session.DocumentStats;
import io.recapstudio.ui.session.EditorSession;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Line and column, words and reading time, diagnostics counts and line endings of the active post. */
final class StatusBar {

    private final Label position = label("status-position");
    private final Label words = label("status-words");
    private final Label reading = label("status-reading");
    private final Button errors = new Button();
    private final Button warnings = new Button();
    private final Label lineEndings = label("status-line-endings");
    private final HBox box;
    private final InvalidationListener refresh = o -> refresh();
    private EditorSession session;

    /** @param openProblems shows the Problems panel (the error and warning counts are buttons that open it) */
    StatusBar(ObservableValue<EditorSession> active, Runnable openProblems) {
        for (Button count : List.of(errors, warnings)) {
            count.getStyleClass().addAll("status-item", "status-count", "flat");
            count.setOnAction(e -> openProblems.run());
            count.setMnemonicParsing(false);
            count.setTooltip(new Tooltip("Show the Problems panel"));
        }
        errors.setId("status-errors");
        warnings.setId("status-warnings");
        errors.getStyleClass().add("status-errors");
        warnings.getStyleClass().add("status-warnings");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        box = new HBox(18, errors, warnings, spacer, words, reading, position, lineEndings);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("status-bar");
        box.setId("status-bar");
        active.addListener((o, old, now) -> follow(now));
        follow(active.getValue());
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("status-item");
        return l;
    }

    Node node() {
        return box;
    }

    private void follow(EditorSession next) {
        if (session != null) {
            session.caretLineProperty().removeListener(refresh);
            session.caretColumnProperty().removeListener(refresh);
            session.statsProperty().removeListener(refresh);
            session.diagnosticsProperty().removeListener(refresh);
            session.pathProperty().removeListener(refresh);
        }
        session = next;
        if (session != null) {
            session.caretLineProperty().addListener(refresh);
            session.caretColumnProperty().addListener(refresh);
            session.statsProperty().addListener(refresh);
            session.diagnosticsProperty().addListener(refresh);
            session.pathProperty().addListener(refresh);
        }
        refresh();
    }

    private void refresh() {
        box.setVisible(session != null);
        if (session == null) {
            return;
        }
        position.setText("Ln " + session.caretLineProperty().get() + ", Col " + session.caretColumnProperty().get());
        DocumentStats stats = session.statsProperty().get();
        words.setText(stats.words() + (stats.words() == 1 ? " word" : " words"));
        reading.setText(stats.readingMinutes() + " min read");
        long e = session.count(Severity.ERROR);
        long w = session.count(Severity.WARNING);
        errors.setText("● " + e + (e == 1 ? " error" : " errors"));
        warnings.setText("▲ " + w + (w == 1 ? " warning" : " warnings"));
        errors.setAccessibleText(errors.getText() + ": show the Problems panel");
        warnings.setAccessibleText(warnings.getText() + ": show the Problems panel");
        errors.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("some"), e > 0);
        warnings.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("some"), w > 0);
        lineEndings.setText(session.origin().lineEndingLabel() + " · UTF-8");
    }
}
