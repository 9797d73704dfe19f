package io.recapstudio.ui.problems;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.Severity;
import io.recapstudio.ui.common.Notifier;
import io.recapstudio.ui.common.PostPanel;
import io.recapstudio.ui.session.EditorSession;
import java.util.List;
import java.util.OptionalInt;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Problems panel of one post: every diagnostic the checks found, in text order, with its severity, place,
 * message and rule. A click (or Enter) puts the caret at its line and column; a Fix button applies the fix the check
 * offers, as one undo step; Fix All applies every fix at once (one undo step too).
 */
public final class ProblemsPanel implements PostPanel {

    private final EditorSession session;
    private final Notifier notifier;
    private final ListView<Diagnostic> list = new ListView<>();
    private final Label summary = new Label();
    private final Button fixAll = new Button("Fix All");
    private final VBox root;
    private final InvalidationListener refresh = o -> refresh();

    public ProblemsPanel(EditorSession session, Notifier notifier) {
        this.session = session;
        this.notifier = notifier;
        list.setId("problems-list");
        list.setPlaceholder(new Label("No problems found."));
        list.setCellFactory(v -> new ProblemCell());
        list.setAccessibleText("Problems of the post");
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Diagnostic selected = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                goTo(selected);
                e.consume();
            }
        });
        summary.setId("problems-summary");
        summary.getStyleClass().add("problems-summary");
        fixAll.setId("problems-fix-all");
        fixAll.setMnemonicParsing(false);
        fixAll.setOnAction(e -> {
            int fixed = QuickFixes.applyAll(session, QuickFixes.fixable(session), notifier);
            if (fixed > 0) {
                notifier.info("Fixed " + fixed + (fixed == 1 ? " problem" : " problems") + " (Undo takes it back).");
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, summary, spacer, fixAll);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 8, 6, 8));
        header.getStyleClass().add("problems-header");
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(header, list);
        root.setId("problems-panel");
        root.getStyleClass().add("problems-panel");
        session.diagnosticsProperty().addListener(refresh);
        refresh();
    }

    private void refresh() {
        List<Diagnostic> found = session.getDiagnostics();
        Diagnostic selected = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(found);
        if (selected != null && found.contains(selected)) {
            list.getSelectionModel().select(selected);
        }
        long errors = session.count(Severity.ERROR);
        long warnings = session.count(Severity.WARNING);
        long infos = session.count(Severity.INFO);
        summary.setText(found.isEmpty() ? "No problems"
                : plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "info"));
        long fixable = QuickFixes.fixable(session).size();
        fixAll.setText("Fix All (" + fixable + ")");
        fixAll.setDisable(fixable == 0);
        fixAll.setTooltip(new Tooltip("Applies every automatic fix of this post as one undo step"));
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
    }

    /** Puts the caret where {@code d} is (moved over what was typed since the check) and focuses the editor. */
    void goTo(Diagnostic d) {
        OptionalInt now = session.currentOffset(d.range().start());
        if (now.isPresent()) {
            session.revealOffset(now.getAsInt());
        } else {
            session.revealLine(d.line());
        }
    }

    /** The list (for tests). */
    public ListView<Diagnostic> list() {
        return list;
    }

    /** Moves the keyboard focus to the list, selecting its first problem when none is. */
    public void focus() {
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        if (list.getScene() != null) {
            list.requestFocus();
            return;
        }
        // Shown for the first time: the dock's tab pane puts the list in the scene at its next layout.
        list.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene before, javafx.scene.Scene now) {
                if (now != null) {
                    list.sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(list::requestFocus);
                }
            }
        });
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        session.diagnosticsProperty().removeListener(refresh);
    }

    static String iconOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "fth-x-circle";
            case WARNING -> "fth-alert-triangle";
            case INFO -> "fth-info";
        };
    }

    /** One problem: icon, Ln:Col, message, rule, and Fix where the check offers one. */
    private final class ProblemCell extends ListCell<Diagnostic> {
        private final FontIcon icon = new FontIcon();
        private final Label place = new Label();
        private final Label message = new Label();
        private final Label rule = new Label();
        private final Button fix = new Button("Fix");
        private final HBox row;

        ProblemCell() {
            place.getStyleClass().add("problem-place");
            place.setMinWidth(Region.USE_PREF_SIZE);
            message.setWrapText(true);
            message.getStyleClass().add("problem-message");
            message.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(message, Priority.ALWAYS);
            rule.getStyleClass().add("problem-rule");
            rule.setMinWidth(Region.USE_PREF_SIZE);
            fix.getStyleClass().add("problem-fix");
            fix.setMinWidth(Region.USE_PREF_SIZE);
            fix.setMnemonicParsing(false);
            fix.setOnAction(e -> {
                Diagnostic d = getItem();
                if (d != null) {
                    QuickFixes.apply(session, d, notifier);
                }
            });
            VBox text = new VBox(2, message, rule);
            HBox.setHgrow(text, Priority.ALWAYS);
            row = new HBox(8, icon, place, text, fix);
            row.setAlignment(Pos.TOP_LEFT);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() != null && !onFixButton(e.getTarget())) {
                    goTo(getItem());
                }
            });
            prefWidthProperty().bind(list.widthProperty().subtract(24));
        }

        /** As tall as the row needs at the cell's width, so a long message wraps instead of being cut off. */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null) {
                return super.computePrefHeight(width);
            }
            double w = (width > 0 ? width : prefWidth(-1)) - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + row.prefHeight(w) + snappedBottomInset();
        }

        private boolean onFixButton(Object target) {
            for (Node n = target instanceof Node node ? node : null; n != null && n != this; n = n.getParent()) {
                if (n == fix) {
                    return true;
                }
            }
            return false;
        }

        @Override
        protected void updateItem(Diagnostic d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            icon.setIconLiteral(iconOf(d.severity()));
            icon.getStyleClass().setAll("ikonli-font-icon", "problem-icon", "problem-" + d.severity().label());
            place.setText(d.line() + ":" + d.column());
            message.setText(d.message());
            rule.setText(d.rule());
            fix.setVisible(d.fix().isPresent());
            fix.setManaged(d.fix().isPresent());
            d.fix().ifPresent(f -> fix.setTooltip(new Tooltip(QuickFixes.label(d))));
            fix.setAccessibleText(d.fix().isPresent() ? QuickFixes.label(d) : null);
            setAccessibleText(d.severity().label() + " on line " + d.line() + ", column " + d.column() + ": "
                    + d.message());
            setGraphic(row);
        }
    }
}
