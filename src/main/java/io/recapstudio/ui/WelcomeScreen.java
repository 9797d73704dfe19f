package io.recapstudio.ui;

import io.recapstudio.ui.common.AppSettings;
import io.recapstudio.ui.session.EditorSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What the window shows while no post is open: New Post, New Post in Site, Open, the sample recap, and the recent
 * posts that still exist. It takes the place of the (empty) tabs and gives it back as soon as a post opens.
 */
final class WelcomeScreen {

    /** What the screen's buttons do. */
    record Commands(Runnable newPost, Runnable newInSite, Runnable open, Runnable openSample, Consumer<Path> openRecent) {
    }

    private final AppSettings settings;
    private final Commands commands;
    private final VBox recent = new VBox(2);
    private final VBox root;

    WelcomeScreen(AppSettings settings, Commands commands) {
        this.settings = settings;
        this.commands = commands;
        Label title = new Label("Recap Studio");
        title.getStyleClass().add("welcome-title");
        Label lead = new Label("Write a conference recap for a Hugo site: Markdown, shortcodes, a live preview.");
        lead.getStyleClass().add("welcome-lead");
        lead.setWrapText(true);
        VBox buttons = new VBox(6,
                button("welcome-new", "_New Post", "An empty post, saved as a bundle where you choose",
                        commands.newPost()),
                button("welcome-new-in-site", "New Post in _Site…",
                        "A post made from the site's archetype in its recap section", commands.newInSite()),
                button("welcome-open", "_Open Bundle Folder…", "A post you already have", commands.open()),
                button("welcome-sample", "Open the Sample _Recap", "A finished recap to look at and try things on",
                        commands.openSample()));
        buttons.setFillWidth(true);
        Label recentTitle = new Label("Recent posts");
        recentTitle.getStyleClass().add("welcome-heading");
        recent.setId("welcome-recent");
        root = new VBox(14, title, lead, buttons, recentTitle, recent);
        root.setId("welcome");
        root.getStyleClass().add("welcome");
        root.setMaxWidth(520);
        root.setAlignment(Pos.TOP_LEFT);
        refresh();
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleHelp(tip);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Lists the recent posts that still exist (called each time the screen shows). */
    void refresh() {
        recent.getChildren().clear();
        for (Path post : settings.recentFiles()) {
            if (!Files.exists(post)) {
                continue;
            }
            Hyperlink link = new Hyperlink(EditorSession.nameOf(post) + "  —  " + post);
            link.setMnemonicParsing(false);
            link.getStyleClass().add("welcome-recent-item");
            link.setOnAction(e -> commands.openRecent().accept(post));
            recent.getChildren().add(link);
        }
        if (recent.getChildren().isEmpty()) {
            Label none = new Label("None yet: the posts you open are listed here.");
            none.getStyleClass().add("welcome-none");
            recent.getChildren().add(none);
        }
    }

    Node node() {
        return root;
    }

    /** The tabs with this screen over them, shown while there is no tab. */
    StackPane over(TabPane tabs) {
        StackPane holder = new StackPane();
        StackPane.setAlignment(root, Pos.CENTER);
        StackPane centre = new StackPane(root);
        centre.getStyleClass().add("welcome-backdrop");
        BooleanBinding none = Bindings.isEmpty(tabs.getTabs());
        centre.visibleProperty().bind(none);
        centre.managedProperty().bind(none);
        tabs.visibleProperty().bind(none.not());
        none.addListener((o, was, isNone) -> {
            if (isNone) {
                refresh();
            }
        });
        holder.getChildren().addAll(tabs, centre);
        return holder;
    }
}
