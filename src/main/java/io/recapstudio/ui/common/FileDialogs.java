package io.recapstudio.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.HostServices;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The file and folder choosers the window uses, and opening a folder in the file manager, behind an interface so
 * tests can answer them.
 */
public interface FileDialogs {

    /** Chooses a page bundle folder to open. */
    Optional<Path> chooseBundleFolder(Window owner, Path initialDir);

    /** Chooses a {@code .md} file to open. */
    Optional<Path> chooseMarkdownFile(Window owner, Path initialDir);

    /** Chooses (or creates) the folder a post is saved into as a bundle. */
    Optional<Path> chooseSaveFolder(Window owner, Path initialDir, String suggestedName);

    /** Chooses the root folder of a Hugo site (by default with the bundle folder chooser). */
    default Optional<Path> chooseSiteFolder(Window owner, Path initialDir) {
        return chooseBundleFolder(owner, initialDir);
    }

    /** Asks the title of a new post; empty when the user cancels. */
    default Optional<String> askPostTitle(Window owner) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle("New post in site");
        dialog.setHeaderText("The new post's title (its folder name and slug are made from it)");
        return dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
    }

    /** Opens {@code folder} in the system's file manager (nothing, where there is no way to). */
    default void showFolder(Path folder) {
    }

    /** The platform's choosers, without a way to open folders in the file manager. */
    static FileDialogs system() {
        return system(null);
    }

    /** The platform's choosers; {@code host} (may be null) opens folders in the file manager. */
    static FileDialogs system(HostServices host) {
        return new FileDialogs() {
            @Override
            public void showFolder(Path folder) {
                if (host != null) {
                    host.showDocument(folder.toUri().toString());
                }
            }

            @Override
            public Optional<Path> chooseBundleFolder(Window owner, Path initialDir) {
                return chooseFolder(owner, "Open page bundle folder", initialDir);
            }

            @Override
            public Optional<Path> chooseSiteFolder(Window owner, Path initialDir) {
                return chooseFolder(owner, "Choose the Hugo site's folder (the one holding hugo.toml or config.toml)",
                        initialDir);
            }

            @Override
            public Optional<Path> chooseMarkdownFile(Window owner, Path initialDir) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Open Markdown post");
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter("Markdown", "*.md", "*.markdown"),
                        new FileChooser.ExtensionFilter("All files", "*"));
                if (initialDir != null && initialDir.toFile().isDirectory()) {
                    chooser.setInitialDirectory(initialDir.toFile());
                }
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseSaveFolder(Window owner, Path initialDir, String suggestedName) {
                return chooseFolder(owner, "Save \"" + suggestedName + "\" as a page bundle: choose or create its "
                        + "folder", initialDir);
            }

            private Optional<Path> chooseFolder(Window owner, String title, Path initialDir) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                if (initialDir != null && initialDir.toFile().isDirectory()) {
                    chooser.setInitialDirectory(initialDir.toFile());
                }
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }
        };
    }
}
