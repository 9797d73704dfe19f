package io.recapstudio.ui.export;

import io.recapstudio.core.system.DaemonThreads;
import io.recapstudio.core.export.BundleExporter;
import io.recapstudio.core.export.ExportCancelledException;
import io.recapstudio.core.export.ExportOptions;
import io.recapstudio.core.export.ExportPlan;
import io.recapstudio.core.export.ExportReport;
import io.recapstudio.core.export.HugoVerifier;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.ui.common.AppSettings;
import io.recapstudio.ui.common.Notifier;
import io.recapstudio.ui.common.WindowServices;
import io.recapstudio.ui.session.EditorSession;
import io.recapstudio.core.site.SiteLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Export to a Hugo site: choose the site (recent ones remembered), the section and the bundle folder name (from the
 * section's own pattern), see the checks and the plan (file tree, what changes in a bundle already there), then
 * export with progress and cancel, and optionally build the site with Hugo to prove it.
 */
public final class ExportDialog {

    private final Stage stage = new Stage();
    private final ExportModel model;
    private final AppSettings settings;
    private final Notifier notifier;
    private final ExecutorService worker = DaemonThreads.single("export-dialog");

    final ComboBox<String> siteField = new ComboBox<>();
    final ComboBox<String> sectionField = new ComboBox<>();
    final TextField folderField = new TextField();
    final Label patternHint = new Label();
    final CheckBox onlyReferenced = new CheckBox("Copy only the resources the post uses");
    final CheckBox replace = new CheckBox("Replace the bundle if it exists");
    final CheckBox force = new CheckBox("Export despite errors");
    final CheckBox verify = new CheckBox("Build the site with Hugo afterwards");
    final TextField maxWidth = new TextField();
    final Label checksSummary = new Label();
    final ListView<String> checks = new ListView<>();
    final TextArea planText = new TextArea();
    final ProgressBar progress = new ProgressBar(0);
    final Label status = new Label();
    final Button exportButton = new Button("Export");
    final Button cancelButton = new Button("Cancel");

    private Site site;
    private ExportPlan plan;
    private long planRequest;
    private Task<String> running;

    public ExportDialog(Window owner, ExportModel model, AppSettings settings, Notifier notifier) {
        this.model = model;
        this.settings = settings;
        this.notifier = notifier;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export to Site");
        stage.setScene(new Scene(layout(), 760, 640));
        stage.setOnHidden(e -> worker.shutdownNow());
        wire();
        ExportModel.recentSites(settings.get(ExportModel.RECENT_SITES_KEY, "")).forEach(p ->
                siteField.getItems().add(p.toString()));
        if (!siteField.getItems().isEmpty()) {
            siteField.setValue(siteField.getItems().get(0));
        } else {
            status.setText("Choose the Hugo site's folder.");
        }
    }

    /**
     * The dialog for the post of {@code session}, starting with the site around it (or the last one used); empty,
     * with a message saying what to do, when the post was never saved.
     */
    public static Optional<ExportDialog> forSession(WindowServices services, EditorSession session) {
        Path file = session.getPath();
        if (file == null) {
            services.notifier().warning("Save the post as a bundle first (File > Save As Bundle), then export it.");
            return Optional.empty();
        }
        ExportModel model = new ExportModel(file, session.origin().edited(session.currentText()));
        ExportDialog dialog = new ExportDialog(services.window(), model, services.settings(), services.notifier());
        SiteLocator.findRoot(file.toAbsolutePath()).ifPresent(dialog::useSite);
        return Optional.of(dialog);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    /** Starts with {@code root} as the site (e.g. the site around the post). */
    public void useSite(Path root) {
        siteField.setValue(root.toString());
    }

    private VBox layout() {
        siteField.setEditable(true);
        siteField.setId("export-site");
        siteField.setMaxWidth(Double.MAX_VALUE);
        sectionField.setId("export-section");
        folderField.setId("export-folder");
        exportButton.setId("export-run");
        exportButton.setDefaultButton(true);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> browse());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Site"), siteField, browse);
        form.addRow(1, new Label("Section"), sectionField);
        form.addRow(2, new Label("Folder"), folderField, patternHint);
        GridPane.setHgrow(siteField, Priority.ALWAYS);
        GridPane.setHgrow(folderField, Priority.ALWAYS);
        verify.setDisable(HugoVerifier.onPath().isEmpty());
        if (verify.isDisabled()) {
            verify.setText("Build the site with Hugo afterwards (no hugo on the PATH)");
        }
        maxWidth.setPromptText("e.g. 2000");
        maxWidth.setPrefColumnCount(6);
        maxWidth.setId("export-max-width");
        HBox options = new HBox(14, onlyReferenced, replace, force, new Label("Downscale images wider than"),
                maxWidth);
        planText.setEditable(false);
        planText.setId("export-plan");
        planText.setStyle("-fx-font-family: monospace;");
        checks.setPrefHeight(140);
        checks.setId("export-checks");
        VBox.setVgrow(planText, Priority.ALWAYS);
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        cancelButton.setDisable(true);
        cancelButton.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        HBox buttons = new HBox(8, progress, cancelButton, exportButton, close);
        VBox root = new VBox(8, form, options, verify, checksSummary, checks, new Label("Plan"), planText, status,
                buttons);
        root.setPadding(new Insets(12));
        return root;
    }

    private void wire() {
        siteField.valueProperty().addListener((o, old, value) -> siteChosen(value));
        sectionField.valueProperty().addListener((o, old, value) -> sectionChosen(value));
        folderField.textProperty().addListener((o, old, value) -> replan());
        onlyReferenced.selectedProperty().addListener((o, old, value) -> replan());
        replace.selectedProperty().addListener((o, old, value) -> replan());
        force.selectedProperty().addListener((o, old, value) -> replan());
        maxWidth.textProperty().addListener((o, old, value) -> replan());
        exportButton.setOnAction(e -> export());
    }

    private void browse() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose the Hugo site's folder");
        Optional.ofNullable(site).map(Site::root).filter(Files::isDirectory).map(Path::toFile)
                .ifPresent(chooser::setInitialDirectory);
        Optional.ofNullable(chooser.showDialog(stage)).ifPresent(dir -> siteField.setValue(dir.toString()));
    }

    private void siteChosen(String value) {
        site = null;
        sectionField.getItems().clear();
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            site = ExportModel.openSite(Path.of(value.strip()));
        } catch (RuntimeException e) {
            show(null, "Not a Hugo site: " + e.getMessage());
            return;
        }
        sectionField.getItems().setAll(ExportModel.sections(site));
        sectionField.setValue(sectionField.getItems().get(0));
    }

    private void sectionChosen(String section) {
        if (site == null || section == null) {
            return;
        }
        try {
            patternHint.setText("pattern " + ExportModel.patternOf(site, section));
            folderField.setText(model.folderName(site, section));
        } catch (RuntimeException e) {
            folderField.setText("");
            show(null, e.getMessage());
        }
        replan();
    }

    private ExportOptions options() {
        Integer width = null;
        try {
            int value = Integer.parseInt(maxWidth.getText().strip());
            width = value > 0 ? value : null;
        } catch (NumberFormatException e) {
            width = null;
        }
        return ExportOptions.defaults().withOnlyReferencedResources(onlyReferenced.isSelected())
                .withReplaceExisting(replace.isSelected()).withForce(force.isSelected()).withMaxImageWidth(width);
    }

    private void replan() {
        plan = null;
        exportButton.setDisable(true);
        if (site == null || sectionField.getValue() == null) {
            return;
        }
        long request = ++planRequest;
        Site s = site;
        String section = sectionField.getValue();
        String folder = folderField.getText();
        ExportOptions options = options();
        Task<ExportPlan> task = new Task<>() {
            @Override
            protected ExportPlan call() throws Exception {
                return model.plan(s, section, folder, options);
            }
        };
        task.setOnSucceeded(e -> {
            if (request == planRequest) {
                show(task.getValue(), null);
            }
        });
        task.setOnFailed(e -> {
            if (request == planRequest) {
                show(null, task.getException().getMessage());
            }
        });
        worker.submit(task);
    }

    private void show(ExportPlan newPlan, String problem) {
        plan = newPlan;
        if (newPlan == null) {
            planText.setText("");
            checks.getItems().clear();
            checksSummary.setText("");
            status.setText(problem == null ? "" : problem);
            exportButton.setDisable(true);
            return;
        }
        checks.getItems().setAll(newPlan.diagnostics().stream().sorted(Diagnostic.ORDER)
                .map(d -> d.line() + ":" + d.column() + "  " + d.severity().label() + "  " + d.message()
                        + "  [" + d.rule() + "]").toList());
        checksSummary.setText(ExportModel.summary(newPlan.diagnostics()));
        planText.setText(ExportModel.describe(newPlan));
        String refusal = newPlan.refusal();
        status.setText(refusal == null ? "Ready to export " + newPlan.files().size() + " file(s), "
                + ExportModel.humanSize(newPlan.totalBytes()) + "." : "Cannot export yet: " + refusal + ".");
        exportButton.setDisable(refusal != null || running != null);
    }

    private void export() {
        ExportPlan chosen = plan;
        if (chosen == null || chosen.refusal() != null) {
            return;
        }
        boolean build = verify.isSelected() && !verify.isDisabled();
        Task<String> task = new Task<>() {
            @Override
            protected String call() {
                ExportReport report = new BundleExporter().export(chosen,
                        (done, total, message) -> {
                            updateProgress(done, Math.max(1, total));
                            updateMessage(message);
                        }, this::isCancelled);
                String result = "Exported " + report.files() + " file(s) to " + report.bundleDir() + ".";
                if (build) {
                    updateMessage("Building the site with Hugo…");
                    updateProgress(-1, 1);
                    HugoVerifier.Result built = HugoVerifier.onPath().orElseThrow().build(chosen.target().site()
                            .orElseThrow().root());
                    result += built.succeeded() ? " Hugo built the site." : " Hugo could not build the site: "
                            + built.problems().stream().map(HugoVerifier.Problem::message).findFirst()
                            .orElse("see its output");
                }
                return result;
            }
        };
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        exportButton.setDisable(true);
        cancelButton.setDisable(false);
        task.setOnSucceeded(e -> finished(task.getValue(), false));
        task.setOnCancelled(e -> finished("Export cancelled; the site was left as it was.", true));
        task.setOnFailed(e -> finished(task.getException() instanceof ExportCancelledException
                ? "Export cancelled; the site was left as it was." : task.getException().getMessage(), true));
        worker.submit(task);
    }

    private void finished(String message, boolean failed) {
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        progress.setProgress(failed ? 0 : 1);
        status.setText(message);
        running = null;
        cancelButton.setDisable(true);
        if (failed) {
            notifier.warning(message);
        } else {
            notifier.info(message);
            settings.put(ExportModel.RECENT_SITES_KEY, ExportModel.rememberSite(
                    settings.get(ExportModel.RECENT_SITES_KEY, ""), site.root()));
        }
        replan();
    }
}
