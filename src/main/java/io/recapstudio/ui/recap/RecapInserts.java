package io.recapstudio.ui.recap;

import io.recapstudio.core.frontmatter.FrontMatterDate;
import io.recapstudio.core.post.Post;
import io.recapstudio.core.recap.HeadingStyle;
import io.recapstudio.core.recap.RecapOutline;
import io.recapstudio.core.recap.TalkList;
import io.recapstudio.core.shortcode.compose.UrlRecognizer;
import io.recapstudio.core.site.IndexedPost;
import io.recapstudio.core.workspace.SiteContext;
import io.recapstudio.ui.common.ActionRegistry;
import io.recapstudio.ui.common.AppAction;
import io.recapstudio.ui.common.WindowServices;
import io.recapstudio.ui.session.EditorSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * Insert ▸ Recap Outline… (the usual structure, a section per event day, in the site's heading style) and Insert ▸
 * Talk List… (a pasted list of talks as Markdown links or embeds), both inserted at the caret as one undo step.
 * The text comes from {@link RecapOutline} and {@link TalkList}; nothing is fetched.
 */
public final class RecapInserts {

    private RecapInserts() {
    }

    /** Adds the two commands to the Insert menu, enabled while a post is open. */
    public static void register(WindowServices services) {
        ActionRegistry actions = services.actions();
        actions.add(ActionRegistry.MenuSection.INSERT, AppAction.of("insert.recap-outline", "Recap Outline…", null,
                () -> Optional.ofNullable(services.activeSession().get()).ifPresent(s -> outline(services, s).show()))
                .enabledWhen(services.activeSession().isNotNull()));
        actions.add(ActionRegistry.MenuSection.INSERT, AppAction.of("insert.talk-list", "Talk List…", null,
                () -> Optional.ofNullable(services.activeSession().get()).ifPresent(s -> talkList(services, s,
                        Objects.requireNonNullElse(Clipboard.getSystemClipboard().getString(), "")).show()))
                .enabledWhen(services.activeSession().isNotNull()));
    }

    /** The outline dialog for {@code session}: the event's days (from the post's date) and the headings' style. */
    static Stage outline(WindowServices services, EditorSession session) {
        LocalDate date = Post.ofText(session.currentText()).frontMatter().date().map(FrontMatterDate::localDate)
                .orElse(LocalDate.now());
        DatePicker first = new DatePicker(date);
        first.setId("outline-first-day");
        DatePicker last = new DatePicker(date);
        last.setId("outline-last-day");
        Label style = wrapping(new Label("Headings: reading the site's posts…"));
        style.setId("outline-style");
        Label problem = wrapping(new Label());
        problem.setId("outline-problem");
        Button insert = new Button("Insert");
        insert.setId("outline-insert");
        insert.setDefaultButton(true);
        insert.setDisable(true);
        HeadingStyle[] learned = {HeadingStyle.DEFAULT};
        String[] gallery = {""};
        Path file = session.getPath();
        session.siteContext().thenApplyAsync(site -> {
            gallery[0] = site.catalog().find("gallery").isPresent() ? "{{< gallery >}}" : "";
            return site.index().map(index -> HeadingStyle.ofSite(index, sectionOf(site, file)))
                    .orElse(HeadingStyle.DEFAULT);
        }).exceptionally(e -> HeadingStyle.DEFAULT).thenAccept(found -> Platform.runLater(() -> {
            learned[0] = found;
            style.setText("Headings: " + describe(found) + (session.getSite() != null
                    && session.getSite().site().isPresent() ? ", as the site's recent posts write them." : "."));
            insert.setDisable(false);
        }));
        GridPane days = new GridPane();
        days.setHgap(8);
        days.setVgap(6);
        days.addRow(0, fixed(new Label("First day")), first);
        days.addRow(1, fixed(new Label("Last day")), last);
        Stage stage = stage(services, "Recap Outline");
        insert.setOnAction(e -> {
            try {
                RecapOutline.Event event = new RecapOutline.Event(first.getValue(), last.getValue(), gallery[0]);
                session.replaceSelection(RecapOutline.of(event, learned[0]));
                stage.close();
            } catch (RuntimeException ex) {
                problem.setText(ex.getMessage() == null ? "Choose the event's first and last day." : ex.getMessage());
            }
        });
        VBox root = new VBox(10, wrapping(new Label("An introduction, a section for each day of the event, talks you"
                + " might have missed, thank you and a gallery, inserted at the caret.")), days, style, problem,
                buttons(insert, stage));
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 520, 300));
        return stage;
    }

    /** The talk list dialog for {@code session}, starting with {@code pasted} (the clipboard's text). */
    static Stage talkList(WindowServices services, EditorSession session, String pasted) {
        TextArea input = new TextArea(pasted);
        input.setId("talks-input");
        input.setPromptText("One talk a line: Title - Speaker, Company https://…");
        input.setPrefRowCount(8);
        TextArea output = new TextArea();
        output.setId("talks-output");
        output.setEditable(false);
        output.setPrefRowCount(8);
        output.setStyle("-fx-font-family: monospace;");
        ToggleGroup choice = new ToggleGroup();
        RadioButton links = new RadioButton("A list of links");
        links.setId("talks-links");
        RadioButton embeds = new RadioButton("Videos embedded (YouTube, Vimeo), other talks as links");
        embeds.setId("talks-embeds");
        links.setToggleGroup(choice);
        embeds.setToggleGroup(choice);
        links.setSelected(true);
        Label count = wrapping(new Label());
        count.setId("talks-count");
        Button insert = new Button("Insert");
        insert.setId("talks-insert");
        insert.setDefaultButton(false);
        UrlRecognizer urls = new UrlRecognizer(Optional.ofNullable(session.getSite()).map(SiteContext::catalog)
                .orElseGet(io.recapstudio.core.shortcode.catalog.ShortcodeCatalog::builtins));
        Runnable update = () -> {
            var talks = TalkList.parse(input.getText());
            output.setText(TalkList.format(talks, embeds.isSelected() ? TalkList.Style.EMBEDS
                    : TalkList.Style.LINKS, urls));
            count.setText(talks.size() + " talk(s). Titles and speakers come from the text and the addresses;"
                    + " nothing is fetched.");
            insert.setDisable(talks.isEmpty());
        };
        input.textProperty().addListener((o, old, now) -> update.run());
        choice.selectedToggleProperty().addListener((o, old, now) -> update.run());
        update.run();
        Stage stage = stage(services, "Talk List");
        insert.setOnAction(e -> {
            session.replaceSelection(output.getText());
            stage.close();
        });
        VBox.setVgrow(input, Priority.ALWAYS);
        VBox.setVgrow(output, Priority.ALWAYS);
        VBox root = new VBox(8, fixed(new Label("Talks (pasted)")), input, new HBox(16, fixed(links), fixed(embeds)),
                fixed(new Label("Markdown to insert at the caret")), output, count, buttons(insert, stage));
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 760, 560));
        return stage;
    }

    private static Optional<String> sectionOf(SiteContext site, Path file) {
        return site.index().flatMap(index -> index.posts().stream().map(IndexedPost::post)
                .filter(p -> file != null && p.file().toAbsolutePath().normalize()
                        .equals(file.toAbsolutePath().normalize())).findFirst().map(p -> p.section()));
    }

    private static String describe(HeadingStyle style) {
        return (style.setext() ? "underlined (level " + style.level() + ")" : "#".repeat(style.level()))
                + (style.titleCase() ? " Title Case" : " Sentence case");
    }

    private static Stage stage(WindowServices services, String title) {
        Stage stage = new Stage();
        stage.initOwner(services.window());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        return stage;
    }

    private static HBox buttons(Button insert, Stage stage) {
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        insert.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, insert, cancel);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private static <T extends Region> T fixed(T control) {
        control.setMinWidth(Region.USE_PREF_SIZE);
        return control;
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
