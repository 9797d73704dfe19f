package io.recapstudio.ui.export;

import io.recapstudio.core.export.BundleExporter;
import io.recapstudio.core.export.ExportCancelledException;
import io.recapstudio.core.export.ExportOptions;
import io.recapstudio.core.export.ExportOutcome;
import io.recapstudio.core.export.ExportPlan;
import io.recapstudio.core.export.HugoVerifier;
import io.recapstudio.core.export.VerifiedExport;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteLocator;
import io.recapstudio.core.system.DaemonThreads;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.ui.common.AppSettings;
import io.recapstudio.ui.common.Notifier;
import io.recapstudio.ui.common.WindowServices;
import io.recapstudio.ui.session.EditorSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Export to a Hugo site: choose the site (recent ones remembered), the section and the bundle folder name (from the
 * section's own pattern), see the checks, the plan and the folder it writes ("Export to …"), then export with
 * progress and cancel, optionally building a copy of the site with Hugo first. An export writes only where the
 * dialog shows at the moment it is confirmed: a site typed but not yet taken (Enter), or a plan not yet computed for
 * what the fields say, makes the Export button plan again instead. The outcome stays in the dialog until dismissed,
 * with a button that opens the folder written.
 */
public final class ExportDialog {

    /** What the fields say: an export runs only on a plan made for exactly these. */
    private record Inputs(String site, String section, String folder, ExportOptions options, boolean build,
                          boolean commit) {
    }

    private final Stage stage = new Stage();
    private final ExportModel model;
    private final AppSettings settings;
    private final Notifier notifier;
    private final Consumer<Path> openFolder;
    private final ExecutorService worker = DaemonThreads.single("export-dialog");
    final ExportDialogView view = new ExportDialogView();

    private Site site;
    private CommitChoice.Planned plan;
    private Inputs planned;
    private long planRequest;
    private Task<?> running;
    private Path written;
    private boolean typedSite;

    /**
     * @param openFolder opens a folder in the system's file manager (the host's services; a recorder in tests)
     */
    public ExportDialog(Window owner, ExportModel model, AppSettings settings, Notifier notifier,
                        Consumer<Path> openFolder) {
        this.model = model;
        this.settings = settings;
        this.notifier = notifier;
        this.openFolder = openFolder;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export to Site");
        view.verify.setDisable(HugoVerifier.onPath().isEmpty());
        if (view.verify.isDisabled()) {
            view.verify.setText(view.verify.getText() + " (no hugo on the PATH)");
        }
        stage.setScene(new Scene(view.root(), ExportDialogView.WIDTH, ExportDialogView.HEIGHT));
        stage.setOnHidden(e -> worker.shutdownNow());
        wire();
        ExportModel.recentSites(settings.get(ExportModel.RECENT_SITES_KEY, "")).forEach(p ->
                view.siteField.getItems().add(p.toString()));
        if (!view.siteField.getItems().isEmpty()) {
            view.siteField.setValue(view.siteField.getItems().get(0));
        } else {
            view.status.setText("Choose the Hugo site's folder.");
        }
    }

    /**
     * The dialog for the post of {@code session}, starting with the site around it (or the last one used); empty,
     * with a message saying what to do, when the post was never saved.
     */
    public static Optional<ExportDialog> forSession(WindowServices services, EditorSession session,
                                                    Consumer<Path> openFolder) {
        Path file = session.getPath();
        if (file == null) {
            services.notifier().warning("Save the post as a bundle first (File > Save As Bundle), then export it.");
            return Optional.empty();
        }
        ExportModel model = new ExportModel(file, session.origin().edited(session.currentText()));
        ExportDialog dialog = new ExportDialog(services.window(), model, services.settings(), services.notifier(),
                openFolder);
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
        view.siteField.setValue(root.toString());
    }

    private void wire() {
        view.siteField.valueProperty().addListener((o, old, value) -> siteChosen(value));
        view.siteField.getEditor().textProperty().addListener((o, old, value) -> {
            if (!typedSiteDiffers()) {
                if (typedSite) {
                    typedSite = false;
                    replan();
                }
            } else if (running == null && !view.outcomeShown()) {
                typedSite = true;
                pending("Press Enter to use this site: the plan is for " + view.siteField.getValue() + ".");
            }
        });
        view.sectionField.valueProperty().addListener((o, old, value) -> sectionChosen(value));
        view.folderField.textProperty().addListener((o, old, value) -> replan());
        view.onlyReferenced.selectedProperty().addListener((o, old, value) -> replan());
        view.replace.selectedProperty().addListener((o, old, value) -> replan());
        view.force.selectedProperty().addListener((o, old, value) -> replan());
        view.verify.selectedProperty().addListener((o, old, value) -> replan());
        view.maxWidth.textProperty().addListener((o, old, value) -> replan());
        view.commit.selectedProperty().addListener((o, old, value) -> {
            view.exportButton.setText(value ? "Commit" : "Export");
            replan();
        });
        view.exportButton.setOnAction(e -> export());
        view.browse.setOnAction(e -> browse());
        view.close.setOnAction(e -> stage.close());
        view.cancelButton.setOnAction(e -> Optional.ofNullable(running).ifPresent(Task::cancel));
        view.openFolder.setOnAction(e -> Optional.ofNullable(written).ifPresent(openFolder));
        view.dismiss.setOnAction(e -> dismissOutcome());
    }

    private void browse() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose the Hugo site's folder");
        Optional.ofNullable(site).map(Site::root).filter(Files::isDirectory).map(Path::toFile)
                .ifPresent(chooser::setInitialDirectory);
        Optional.ofNullable(chooser.showDialog(stage)).ifPresent(dir -> view.siteField.setValue(dir.toString()));
    }

    private void siteChosen(String value) {
        site = null;
        view.sectionField.getItems().clear();
        replan();
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            site = ExportModel.openSite(Path.of(value.strip()));
        } catch (RuntimeException e) {
            show(null, "Not a Hugo site: " + e.getMessage());
            return;
        }
        view.sectionField.getItems().setAll(ExportModel.sections(site));
        view.sectionField.setValue(view.sectionField.getItems().get(0));
    }

    private void sectionChosen(String section) {
        if (site == null || section == null) {
            return;
        }
        try {
            view.patternHint.setText("pattern " + ExportModel.patternOf(site, section));
            view.folderField.setText(model.folderName(site, section));
        } catch (RuntimeException e) {
            view.folderField.setText("");
            show(null, e.getMessage());
        }
        replan();
    }

    private Inputs inputs() {
        Integer width = null;
        try {
            int value = Integer.parseInt(view.maxWidth.getText().strip());
            width = value > 0 ? value : null;
        } catch (NumberFormatException e) {
            width = null;
        }
        ExportOptions options = ExportOptions.defaults().withOnlyReferencedResources(view.onlyReferenced.isSelected())
                .withReplaceExisting(view.replace.isSelected()).withForce(view.force.isSelected())
                .withMaxImageWidth(width);
        return new Inputs(Objects.requireNonNullElse(view.siteField.getValue(), "").strip(), view.sectionField.getValue(),
                view.folderField.getText(), options, view.verify.isSelected() && !view.verify.isDisabled(),
                view.commit.isSelected());
    }

    /** Whether the Site field shows a path typed but not yet taken (with Enter or by leaving the field). */
    private boolean typedSiteDiffers() {
        String typed = Objects.requireNonNullElse(view.siteField.getEditor().getText(), "").strip();
        return !typed.equals(Objects.requireNonNullElse(view.siteField.getValue(), "").strip());
    }

    /** The plan no longer matches the fields: nothing may be exported until it is made again. */
    private void pending(String message) {
        plan = null;
        planned = null;
        view.exportButton.setDisable(true);
        view.targetLine.setText("");
        view.status.setText(message);
    }

    private void replan() {
        plan = null;
        planned = null;
        view.exportButton.setDisable(true);
        view.targetLine.setText("");
        if (site == null || view.sectionField.getValue() == null || view.outcomeShown()) {
            return;
        }
        long request = ++planRequest;
        Site s = site;
        Inputs inputs = inputs();
        Task<CommitChoice.Planned> task = new Task<>() {
            @Override
            protected CommitChoice.Planned call() throws Exception {
                ExportPlan files = model.plan(s, inputs.section(), inputs.folder(), inputs.options());
                return inputs.commit() ? CommitChoice.Planned.commit(files) : CommitChoice.Planned.files(files);
            }
        };
        task.setOnSucceeded(e -> {
            if (request == planRequest) {
                planned = inputs;
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

    private void show(CommitChoice.Planned planned, String problem) {
        plan = planned;
        if (planned == null) {
            view.planText.setText("");
            view.checks.getItems().clear();
            view.checksSummary.setText("");
            view.targetLine.setText("");
            view.status.setText(problem == null ? "" : problem);
            view.exportButton.setDisable(true);
            return;
        }
        ExportPlan newPlan = planned.plan();
        view.checks.getItems().setAll(newPlan.diagnostics().stream().sorted(Diagnostic.ORDER)
                .map(d -> d.line() + ":" + d.column() + "  " + d.severity().label() + "  " + d.message()
                        + "  [" + d.rule() + "]").toList());
        view.checksSummary.setText(ExportModel.summary(newPlan.diagnostics()));
        String refusal = planned.refusal();
        if (planned.committing()) {
            view.planText.setText(ExportModel.describe(newPlan).replaceFirst("\\A.*\\R", "")
                    + planned.commit().map(CommitChoice::describe).orElse(""));
            view.targetLine.setText(planned.commit().map(CommitChoice::targetLine).orElse(""));
            view.status.setText(refusal == null ? "Ready to commit " + newPlan.files().size() + " file(s) on the new"
                    + " branch " + planned.commit().orElseThrow().branch() + "." : "Cannot commit: " + refusal);
        } else {
            view.planText.setText(ExportModel.describe(newPlan));
            view.targetLine.setText(ExportModel.targetLine(newPlan));
            view.status.setText(refusal == null ? "Ready to export " + newPlan.files().size() + " file(s), "
                    + ExportModel.humanSize(newPlan.totalBytes()) + "." : "Cannot export yet: " + refusal + ".");
        }
        view.exportButton.setDisable(refusal != null || running != null);
    }

    private void export() {
        Inputs now = inputs();
        if (typedSiteDiffers() || plan == null || !now.equals(planned)) {
            if (typedSiteDiffers()) {
                typedSite = false;
                view.siteField.setValue(view.siteField.getEditor().getText().strip());
            } else {
                replan();
            }
            view.status.setText("The site, section or folder changed: check the plan and where it goes, then"
                    + " export again.");
            return;
        }
        if (plan.refusal() != null) {
            return;
        }
        Optional<HugoVerifier> hugo = now.build() ? HugoVerifier.onPath() : Optional.empty();
        if (now.commit()) {
            commit(plan, hugo);
            return;
        }
        ExportPlan chosen = plan.plan();
        Task<ExportOutcome> task = new Task<>() {
            @Override
            protected ExportOutcome call() {
                return new VerifiedExport(new BundleExporter()).run(chosen, hugo, (done, total, message) -> {
                    updateProgress(done, Math.max(1, total));
                    updateMessage(message);
                }, this::isCancelled);
            }
        };
        start(task);
        task.setOnSucceeded(e -> finished(ExportModel.outcomeText(chosen, task.getValue()),
                task.getValue().written().map(r -> r.bundleDir()).orElse(null), task.getValue().buildFailed()));
        task.setOnCancelled(e -> finished("Export cancelled; the site was left as it was.", null, true));
        task.setOnFailed(e -> finished(task.getException() instanceof ExportCancelledException
                ? "Export cancelled; the site was left as it was."
                : Objects.requireNonNullElse(task.getException().getMessage(), task.getException().toString()),
                null, true));
        worker.submit(task);
    }

    /** Commits the planned bundle on its new branch; the outcome names the commit and the push command. */
    private void commit(CommitChoice.Planned chosen, Optional<HugoVerifier> hugo) {
        Task<CommitChoice.Outcome> task = new Task<>() {
            @Override
            protected CommitChoice.Outcome call() {
                return CommitChoice.run(chosen, hugo, (done, total, message) -> {
                    updateProgress(done, Math.max(1, total));
                    updateMessage(message);
                }, this::isCancelled);
            }
        };
        start(task);
        task.setOnSucceeded(e -> committed(task.getValue()));
        task.setOnCancelled(e -> finished("Commit cancelled; the repository was left as it was.", null, true));
        task.setOnFailed(e -> finished(task.getException() instanceof ExportCancelledException
                ? "Commit cancelled; the repository was left as it was."
                : "Nothing was committed: " + Objects.requireNonNullElse(task.getException().getMessage(),
                task.getException().toString()), null, true));
        worker.submit(task);
    }

    private void committed(CommitChoice.Outcome outcome) {
        finished(outcome.text(), null, !outcome.committed());
        if (outcome.committed()) {
            view.status.setText("Committed. Dismiss to export again, or close the dialog.");
            notifier.info(outcome.text().lines().findFirst().orElse(""));
            rememberSite();
        }
    }

    private void start(Task<?> task) {
        running = task;
        view.progress.progressProperty().bind(task.progressProperty());
        view.status.textProperty().bind(task.messageProperty());
        view.exportButton.setDisable(true);
        view.cancelButton.setDisable(false);
        view.form.setDisable(true);
    }

    private void finished(String outcome, Path folder, boolean failed) {
        view.progress.progressProperty().unbind();
        view.status.textProperty().unbind();
        view.progress.setProgress(failed ? 0 : 1);
        running = null;
        written = folder;
        view.cancelButton.setDisable(true);
        view.showOutcome(outcome, folder != null);
        view.status.setText(folder != null ? "Exported. Dismiss to export again, or close the dialog."
                : "Nothing was exported. Dismiss to change the export and try again.");
        if (folder != null) {
            notifier.info(outcome.lines().findFirst().orElse(outcome));
            rememberSite();
        }
    }

    private void rememberSite() {
        settings.put(ExportModel.RECENT_SITES_KEY, ExportModel.rememberSite(
                settings.get(ExportModel.RECENT_SITES_KEY, ""), site.root()));
    }

    private void dismissOutcome() {
        written = null;
        view.hideOutcome();
        view.form.setDisable(false);
        replan();
    }
}
