package io.recapstudio.ui.frontmatter;

import io.recapstudio.core.system.DaemonThreads;
import io.recapstudio.core.frontmatter.FrontMatter;
import io.recapstudio.core.frontmatter.FrontMatterDate;
import io.recapstudio.core.frontmatter.FrontMatterEntry;
import io.recapstudio.core.frontmatter.schema.FrontMatterSchema;
import io.recapstudio.core.frontmatter.schema.FrontMatterValidator;
import io.recapstudio.core.site.DataFormat;
import io.recapstudio.core.site.DataParser;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteException;
import io.recapstudio.core.site.SiteIndex;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.workspace.SiteContext;
import io.recapstudio.ui.common.PostPanel;
import io.recapstudio.ui.common.WindowServices;
import io.recapstudio.ui.session.EditorSession;
import io.recapstudio.ui.session.TextSnapshot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The front-matter form beside the editor: typed fields for the usual keys, a generic editor for every other key,
 * the resources globs with what they match, and the validation problems. Bound both ways to the text through
 * {@link FrontMatterFormModel}; a field is written when the user presses Enter or leaves it.
 */
public final class FrontMatterPanel implements PostPanel {

    private static final List<String> TYPED = List.of("title", "author", "authors", "date", "description", "slug",
            "url", "tags", "categories", "draft", "aliases", "images", "resources");

    private final EditorSession session;
    private final WindowServices services;
    final FrontMatterFormModel model;
    private final ChangeListener<TextSnapshot> textListener;
    private final ChangeListener<SiteContext> siteListener = (o, old, site) -> loadSite();
    /** Builds the site's index and schema for the form, off the FX thread. */
    private static final Executor SITE_WORK = runnable -> DaemonThreads.start("front-matter-site", runnable);

    final Label error = new Label();
    final VBox form = new VBox(6);
    final TextField title = field("fm-title");
    final TextField author = field("fm-author");
    final DatePicker date = new DatePicker();
    final TextField time = field("fm-time");
    final TextField offset = field("fm-offset");
    final TextArea description = new TextArea();
    final Label descriptionCount = new Label();
    final TextField slug = field("fm-slug");
    final TextField url = field("fm-url");
    final javafx.scene.control.Button slugFromTitle = new javafx.scene.control.Button("From title");
    final Label pageUrl = new Label();
    final TermsField tags;
    final TermsField categories;
    final CheckBox draft = new CheckBox("Draft (not published)");
    final TextField aliases = field("fm-aliases");
    final javafx.scene.control.ComboBox<String> featured = new javafx.scene.control.ComboBox<>();
    final ListView<String> resources = new ListView<>();
    final VBox others = new VBox(4);
    final ListView<String> problems = new ListView<>();
    private final ScrollPane root;
    private boolean refreshing;

    public FrontMatterPanel(EditorSession session, WindowServices services) {
        this.session = session;
        this.services = services;
        this.model = new FrontMatterFormModel(session::currentText, session::applyEdits, session.getPath());
        tags = new TermsField("Add a tag…", t -> model.suggestions("tags", t), t -> report(model.addTo("tags", t)),
                t -> report(model.removeFrom("tags", t)));
        categories = new TermsField("Add a category…", t -> model.suggestions("categories", t),
                t -> report(model.addTo("categories", t)), t -> report(model.removeFrom("categories", t)));
        root = new ScrollPane(layout());
        root.setFitToWidth(true);
        root.setId("front-matter-panel");
        wire();
        textListener = (o, old, snapshot) -> {
            model.textChanged(session.currentText());
            refresh();
        };
        session.textProperty().addListener(textListener);
        refresh();
        session.siteProperty().addListener(siteListener);
        loadSite();
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private VBox layout() {
        error.setWrapText(true);
        error.getStyleClass().add("form-error");
        error.setId("fm-error");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.setId("fm-description");
        date.setId("fm-date");
        date.setPrefWidth(160); // "10/14/2026" whole under the AtlantaFX theme
        time.setPromptText("09:30");
        time.setPrefColumnCount(5);
        offset.setPromptText("+02:00");
        offset.setPrefColumnCount(5);
        draft.setId("fm-draft");
        tags.setId("fm-tags");
        featured.setId("fm-featured");
        featured.setMaxWidth(Double.MAX_VALUE);
        resources.setPrefHeight(90);
        problems.setPrefHeight(110);
        problems.setId("fm-problems");
        form.getChildren().addAll(label("Title"), title, label("Author"), author, label("Date, time, UTC offset"),
                new HBox(4, date, time, offset), label("Description"), description, descriptionCount,
                label("Slug"), new HBox(4, slug, slugFromTitle), label("URL"), url, pageUrl, label("Tags"), tags, label("Categories"), categories, draft,
                label("Aliases (comma separated)"), aliases, label("Featured image"), featured,
                label("Resources (globs and what they match)"), resources, label("Other keys"), others);
        VBox box = new VBox(8, error, form, label("Problems"), problems);
        box.setStyle("-fx-padding: 8;");
        return box;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-padding: 4 0 0 0;");
        return l;
    }

    private void wire() {
        commitOn(title, () -> report(model.setText("title", title.getText())));
        commitOn(author, () -> {
            List<String> names = split(author.getText());
            report(names.size() > 1 ? model.set(authorKey(), names) : model.setText(authorKey(),
                    names.isEmpty() ? "" : names.get(0)));
        });
        commitOn(description, () -> report(model.setText("description", description.getText())));
        description.textProperty().addListener((o, old, text) -> descriptionCount.setText(text.length() + " / "
                + FrontMatterValidator.DESCRIPTION_HINT + " characters show in search results"));
        commitOn(slug, () -> report(model.setText("slug", slug.getText())));
        slugFromTitle.setId("fm-slug-derive");
        slugFromTitle.setOnAction(e -> {
            String derived = model.slugFromTitle();
            if (!derived.isEmpty()) {
                report(model.setText("slug", derived));
                refresh();
            }
        });
        pageUrl.setId("fm-page-url");
        pageUrl.setWrapText(true);
        commitOn(url, () -> report(model.setText("url", url.getText())));
        commitOn(aliases, () -> {
            List<String> items = split(aliases.getText());
            report(items.isEmpty() ? model.remove("aliases") : model.set("aliases", items));
        });
        date.valueProperty().addListener((o, old, value) -> commitDate());
        commitOn(time, this::commitDate);
        commitOn(offset, this::commitDate);
        draft.selectedProperty().addListener((o, old, value) -> {
            if (!refreshing) {
                report(value ? model.set("draft", true) : model.remove("draft"));
            }
        });
        featured.valueProperty().addListener((o, old, value) -> {
            if (!refreshing && value != null) {
                report(value.isEmpty() ? model.remove("images") : model.set("images", List.of(value)));
            }
        });
        model.validProperty().addListener((o, old, ok) -> form.setDisable(!ok));
        model.errorProperty().addListener((o, old, text) -> error.setText(text));
        model.problems().addListener((javafx.collections.ListChangeListener<Diagnostic>) c -> problems.getItems()
                .setAll(model.problems().stream().map(d -> d.line() + ": " + d.message()).toList()));
    }

    private String authorKey() {
        return model.current("authors").isPresent() ? "authors" : "author";
    }

    private void commitOn(TextInputControl control, Runnable commit) {
        if (control instanceof TextField f) {
            f.setOnAction(e -> commit.run());
        }
        control.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !refreshing) {
                commit.run();
            }
        });
    }

    private void commitDate() {
        if (refreshing || date.getValue() == null) {
            return;
        }
        try {
            Temporal value = date.getValue();
            if (!time.getText().isBlank()) {
                LocalTime t = LocalTime.parse(time.getText().strip());
                value = offset.getText().isBlank() ? date.getValue().atTime(t)
                        : OffsetDateTime.of(date.getValue(), t, ZoneOffset.of(offset.getText().strip()));
            }
            report(model.set("date", value));
        } catch (java.time.DateTimeException e) {
            services.notifier().warning("The time or offset cannot be read: write the time as 09:30 and the offset"
                    + " as +02:00 or Z.");
        }
    }

    private void report(Optional<String> problem) {
        problem.ifPresent(p -> services.notifier().warning("The front matter was not changed: " + p));
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Shows the model's values in the controls the user is not typing in. */
    void refresh() {
        FrontMatter fm = model.frontMatterProperty().get();
        error.setText(model.errorProperty().get());
        form.setDisable(!model.validProperty().get());
        if (fm == null || !model.validProperty().get()) {
            return;
        }
        refreshing = true;
        try {
            show(title, model.current("title").orElse(""));
            show(author, model.current(authorKey()).orElse(""));
            show(description, model.current("description").orElse(""));
            show(slug, model.current("slug").orElse(""));
            show(url, model.current("url").orElse(""));
            show(aliases, model.current("aliases").orElse(""));
            draft.setSelected(fm.draft());
            tags.show(model.list("tags"));
            categories.show(model.list("categories"));
            showDate(fm.date());
            ResourceMatches matches = model.resources();
            showImages(matches.images());
            resources.getItems().setAll(matches.entries().stream().map(Object::toString).toList());
            if (!matches.unmatched().isEmpty()) {
                resources.getItems().add("no glob matches: " + String.join(", ", matches.unmatched()));
            }
            showOthers();
            pageUrl.setText(model.pageUrl().map(u -> "The page's URL: " + u).orElse(""));
        } finally {
            refreshing = false;
        }
    }

    private static void show(TextInputControl control, String value) {
        if (!control.isFocused() && !control.getText().equals(value)) {
            control.setText(value);
        }
    }

    private void showDate(Optional<FrontMatterDate> value) {
        if (value.isEmpty() || date.isFocused() || time.isFocused() || offset.isFocused()) {
            return;
        }
        FrontMatterDate d = value.get();
        date.setValue(d.localDate());
        Temporal t = d.value();
        time.setText(t instanceof LocalDate ? "" : d.toOffsetDateTime(ZoneOffset.UTC).toLocalTime().toString());
        offset.setText(t instanceof OffsetDateTime odt ? odt.getOffset().getId() : "");
    }

    private void showImages(List<String> images) {
        featured.getItems().setAll(images);
        featured.getItems().add(0, "");
        featured.setValue(model.list("images").stream().findFirst().orElse(""));
    }

    private void showOthers() {
        List<FrontMatterEntry> entries = model.otherEntries(TYPED);
        if (others.getChildren().size() == entries.size() && others.getChildren().stream()
                .anyMatch(Node::isFocused)) {
            return;
        }
        String text = session.currentText();
        others.getChildren().setAll(entries.stream().map(e -> otherRow(e, text)).toList());
    }

    private Node otherRow(FrontMatterEntry entry, String text) {
        TextField value = new TextField(text.substring(entry.valueRange().start(), entry.valueRange().end()).strip());
        value.setId("fm-other-" + entry.key());
        commitOn(value, () -> {
            Object parsed;
            try {
                parsed = DataParser.parseValue(DataFormat.YAML, value.getText(), null);
            } catch (SiteException e) {
                report(Optional.of(e.getMessage()));
                return;
            }
            report(parsed == null ? model.remove(entry.key()) : model.set(entry.key(), parsed));
        });
        Label key = new Label(entry.key());
        key.setMinWidth(90);
        return new HBox(6, key, value);
    }

    /**
     * Gives the form the site's schema, index and permalinks from the session's site context (loaded off the FX
     * thread; again after Save As into another site). The index is built here, on a daemon thread, if nobody has yet.
     */
    private void loadSite() {
        Path post = session.getPath();
        if (post == null) {
            return;
        }
        session.siteContext().thenAcceptAsync(context -> {
            if (context.site().isEmpty() || !post.equals(session.getPath())) {
                return;
            }
            try {
                Site site = context.site().get();
                Optional<SiteIndex> index = context.index();
                FrontMatterSchema schema = context.schema(post);
                String section = sectionOf(site, post);
                Platform.runLater(() -> {
                    model.usePermalinks(site.config().permalinks(), site.config().slugs(), section);
                    index.ifPresent(found -> model.useSite(schema, found));
                    refresh();
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> services.notifier().warning("The site around this post could not be read ("
                        + e.getMessage() + "); the form uses the built-in schema."));
            }
        }, SITE_WORK);
    }

    /** The post's section path below its content root: {@code blog} for content/blog/x/index.md. */
    private static String sectionOf(Site site, Path post) {
        Path file = post.toAbsolutePath().normalize();
        Path page = file.getFileName().toString().startsWith("index.") ? file.getParent() : file;
        for (io.recapstudio.core.site.ContentRoot root : site.contentRoots()) {
            Path dir = root.dir().toAbsolutePath().normalize();
            if (page.startsWith(dir) && page.getParent() != null && !page.equals(dir)) {
                return dir.relativize(page.getParent()).toString().replace('\\', '/');
            }
        }
        return "";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        session.textProperty().removeListener(textListener);
        session.siteProperty().removeListener(siteListener);
    }
}
