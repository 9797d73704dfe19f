package io.recapstudio.ui.palette;

import io.recapstudio.core.post.BundleResource;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.shortcode.ShortcodeCall;
import io.recapstudio.core.shortcode.ShortcodeParser;
import io.recapstudio.core.shortcode.catalog.ShortcodeCatalog;
import io.recapstudio.core.shortcode.catalog.ShortcodeEntry;
import io.recapstudio.core.shortcode.compose.ShortcodeDraft;
import io.recapstudio.core.text.TextEdit;
import io.recapstudio.core.text.TextRange;
import io.recapstudio.core.workspace.SiteContext;
import io.recapstudio.ui.common.PostPanel;
import io.recapstudio.ui.common.WindowServices;
import io.recapstudio.ui.session.EditorSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The shortcode palette: the catalog (built-ins, the site's and its themes' shortcodes) searchable and grouped,
 * recently used first; Enter or a double-click opens the entry's form, whose Insert puts the call at the caret (a
 * paired shortcode wraps the selection). "Edit Shortcode" fills the form from the call at the caret and rewrites only
 * that call.
 */
public final class PalettePanel implements PostPanel {

    static final String RECENT_KEY = "palette.recent";

    private final EditorSession session;
    private final WindowServices services;
    private ShortcodeCatalog catalog;
    private final ChangeListener<SiteContext> siteListener;
    final TextField search = new TextField();
    final ListView<ShortcodeEntry> list = new ListView<>();
    final VBox formBox = new VBox(6);
    final Button insert = new Button("Insert");
    private ShortcodeForm form;
    /** The call being edited (its range when the form was opened), or null when inserting a new one. */
    private TextRange editing;
    private final VBox root;
    private final CallPreview rendering;

    public PalettePanel(EditorSession session, WindowServices services) {
        this.session = session;
        this.services = services;
        // The site's catalog comes with the session's site context, loaded off the FX thread; built-ins until then.
        this.catalog = PaletteCatalogs.of(session.getSite());
        this.siteListener = (o, old, site) -> {
            catalog = PaletteCatalogs.of(site);
            filter(search.getText());
        };
        session.siteProperty().addListener(siteListener);
        search.setPromptText("Search shortcodes (Shortcut+Shift+P)");
        search.setId("palette-search");
        list.setId("palette-list");
        list.setPrefHeight(150);
        list.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ShortcodeEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                // The name only: a docked panel is narrower than the descriptions, which the form's title shows
                // whole (and the tooltip); the search still matches them.
                setText(empty || entry == null ? null : entry.name() + "  ·  " + entry.group().id());
                setTooltip(empty || entry == null || entry.description() == null ? null
                        : new javafx.scene.control.Tooltip(entry.description()));
            }
        });
        search.textProperty().addListener((o, old, text) -> filter(text));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER) {
                list.getSelectionModel().selectFirst();
                openSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        insert.setId("palette-insert");
        insert.setDefaultButton(false);
        insert.setOnAction(e -> apply());
        insert.setDisable(true);
        rendering = new CallPreview(session::bundleDir);
        ScrollPane formScroll = new ScrollPane(formBox);
        formScroll.setFitToWidth(true);
        VBox.setVgrow(formScroll, Priority.ALWAYS);
        root = new VBox(6, search, list, formScroll, new HBox(6, insert), rendering.node());
        root.setStyle("-fx-padding: 8;");
        root.setId("palette-panel");
        root.getProperties().put(PalettePanel.class, this);
        filter("");
    }

    /** Entries matching {@code text}, recently used first, then by group and name. */
    void filter(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<String> recent = recent();
        list.getItems().setAll(catalog.entries().stream()
                .filter(e -> t.isEmpty() || e.name().toLowerCase(Locale.ROOT).contains(t) || e.description() != null
                        && e.description().toLowerCase(Locale.ROOT).contains(t))
                .sorted(Comparator.<ShortcodeEntry>comparingInt(e -> recent.contains(e.name())
                        ? recent.indexOf(e.name()) : Integer.MAX_VALUE)
                        .thenComparing(e -> e.group().ordinal()).thenComparing(ShortcodeEntry::name)).toList());
    }

    private List<String> recent() {
        String stored = services.settings().get(RECENT_KEY, "");
        return stored.isBlank() ? List.of() : Arrays.asList(stored.split(","));
    }

    private void remember(String name) {
        List<String> names = new ArrayList<>(recent());
        names.remove(name);
        names.add(0, name);
        services.settings().put(RECENT_KEY, String.join(",", names.subList(0, Math.min(8, names.size()))));
    }

    /** Focuses the search field (the "Insert Shortcode…" action). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    void openSelected() {
        ShortcodeEntry entry = list.getSelectionModel().getSelectedItem();
        if (entry != null) {
            TextRange selection = session.selection();
            String selected = session.currentText().substring(selection.start(), selection.end());
            open(ShortcodeDraft.of(entry).withInner(selected.isEmpty() ? null : selected), null);
        }
    }

    private void open(ShortcodeDraft draft, TextRange editRange) {
        editing = editRange;
        form = new ShortcodeForm(draft, this::bundleFiles, images());
        formBox.getChildren().setAll(form);
        form.draft.addListener((o, old, d) -> rendering.show(d.write()));
        rendering.show(draft.write());
        insert.setText(editRange == null ? "Insert" : "Apply");
        insert.setDisable(false);
    }

    /**
     * Opens the form filled from the call around the caret (the "Edit Shortcode" action); false when the caret is
     * in no call the catalog knows.
     */
    public boolean editAtCaret() {
        String text = session.currentText();
        int caret = session.selection().start();
        Optional<ShortcodeCall> call = ShortcodeParser.parse(text, catalog).callAt(caret);
        Optional<ShortcodeEntry> entry = call.flatMap(c -> catalog.find(c.name()));
        if (call.isEmpty() || entry.isEmpty()) {
            services.notifier().info("Put the caret inside a shortcode call to edit it.");
            return false;
        }
        open(ShortcodeDraft.fromCall(entry.get(), call.get(), text), call.get().range());
        return true;
    }

    private void apply() {
        if (form == null) {
            return;
        }
        if (!form.isComplete()) {
            services.notifier().warning("Fill in the form first: " + form.problems.getText().replace('\n', ' '));
            return;
        }
        ShortcodeDraft draft = form.draft.get();
        if (editing != null) {
            String text = session.currentText();
            Optional<ShortcodeCall> call = ShortcodeParser.parse(text, catalog).allCalls().stream()
                    .filter(c -> c.range().start() == editing.start()).findFirst();
            if (call.isEmpty()) {
                services.notifier().warning("The call changed in the editor meanwhile; open it again to edit it.");
                return;
            }
            session.applyEdits(List.of(draft.rewrite(call.get())));
            editing = call.get().range();
        } else {
            TextRange selection = session.selection();
            TextEdit edit = draft.entry().inner() ? new TextEdit(selection, draft.write())
                    : TextEdit.insert(selection.end(), draft.write());
            session.applyEdits(List.of(edit));
        }
        remember(draft.entry().name());
        session.focusEditor();
    }

    private List<String> bundleFiles() {
        return resources().stream().map(BundleResource::name).toList();
    }

    private List<String> images() {
        return resources().stream().filter(BundleResource::isImage).map(BundleResource::name).toList();
    }

    private List<BundleResource> resources() {
        Path dir = session.bundleDir();
        if (dir == null || session.getPath() == null || !session.getPath().getFileName().toString()
                .equals(PageBundle.INDEX)) {
            return List.of();
        }
        try {
            return PageBundle.open(dir).resources();
        } catch (IOException e) {
            System.getLogger(PalettePanel.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot list the resources of " + dir + "; the palette offers no bundle images", e);
            return List.of();
        }
    }

    ShortcodeForm form() {
        return form;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        session.siteProperty().removeListener(siteListener);
        rendering.dispose();
    }
}
