package io.recapstudio.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Finds the labels (of buttons, check boxes, cells too) that show less than their text: call on the FX thread. */
public final class CutOffLabels {

    private CutOffLabels() {
    }

    /**
     * The shown labels under {@code root} whose shown text is not their whole text (an ellipsis), or that reach past
     * the right or bottom edge of {@code within} (scene coordinates), each described for an assertion message.
     */
    public static List<String> under(Parent root, Bounds within) {
        root.applyCss();
        root.layout();
        List<String> found = new ArrayList<>();
        for (Node node : root.lookupAll("*")) {
            if (!(node instanceof Labeled label) || label.getText() == null || label.getText().isEmpty()
                    || !shown(label)) {
                continue;
            }
            Node text = label.lookup(".text");
            Bounds bounds = label.localToScene(label.getBoundsInLocal());
            boolean truncated = text instanceof Text t && !t.getText().equals(label.getText());
            if (truncated || bounds.getMaxX() > within.getMaxX() + 0.5 || bounds.getMaxY() > within.getMaxY() + 0.5) {
                found.add(label.getClass().getSimpleName() + " \"" + label.getText() + "\" shown as \""
                        + (text instanceof Text t ? t.getText() : "?") + "\" at " + bounds);
            }
        }
        return found;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
