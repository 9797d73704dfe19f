package io.recapstudio.ui;

import io.recapstudio.Version;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help ▸ About Recap Studio: the version, the licence, and the libraries the app is built on with theirs. */
final class AboutDialog {

    /** The product's licence as the About box states it (no licence file is shipped yet: the lead decides). */
    static final String LICENCE = "No licence has been declared for this build yet; all rights reserved by its "
            + "authors until one is.";

    /** A library the app ships: its name, a class of it, its licence. */
    record Library(String name, String marker, String licence) {
        /**
         * The version of the jar on the class path: its manifest's Implementation-Version, else its Maven
         * {@code pom.properties}, else its module's version; "unknown" when none says.
         */
        String version() {
            if (marker.startsWith("javafx.")) {
                return System.getProperty("javafx.runtime.version", "unknown");
            }
            try {
                Class<?> type = Class.forName(marker, false, AboutDialog.class.getClassLoader());
                Package pkg = type.getPackage();
                if (pkg != null && pkg.getImplementationVersion() != null) {
                    return pkg.getImplementationVersion();
                }
                return fromPomProperties(type).or(() -> type.getModule().getDescriptor() == null ? Optional.empty()
                        : type.getModule().getDescriptor().rawVersion()).orElse("unknown");
            } catch (ClassNotFoundException | LinkageError e) {
                return "unknown";
            }
        }

        private static Optional<String> fromPomProperties(Class<?> type) {
            var source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            try (var jar = new java.util.jar.JarFile(new java.io.File(source.getLocation().toURI()))) {
                var entry = jar.stream().filter(e -> e.getName().startsWith("META-INF/maven/")
                        && e.getName().endsWith("/pom.properties")).findFirst();
                if (entry.isEmpty()) {
                    return Optional.empty();
                }
                try (InputStream in = jar.getInputStream(entry.get())) {
                    Properties properties = new Properties();
                    properties.load(in);
                    return Optional.ofNullable(properties.getProperty("version"));
                }
            } catch (IOException | java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
                return Optional.empty();
            }
        }
    }

    static final List<Library> LIBRARIES = List.of(
            new Library("OpenJFX (JavaFX, WebKit)", "javafx.scene.control.Control", "GPL 2.0 with Classpath Exception"),
            new Library("RichTextFX", "org.fxmisc.richtext.CodeArea", "BSD 2-Clause"),
            new Library("AtlantaFX", "atlantafx.base.theme.PrimerLight", "MIT"),
            new Library("Ikonli (Feather icons)", "org.kordamp.ikonli.javafx.FontIcon", "Apache 2.0"),
            new Library("flexmark-java", "com.vladsch.flexmark.parser.Parser", "BSD 2-Clause"),
            new Library("SnakeYAML", "org.yaml.snakeyaml.Yaml", "Apache 2.0"),
            new Library("tomlj", "org.tomlj.Toml", "Apache 2.0"),
            new Library("Jackson", "com.fasterxml.jackson.databind.ObjectMapper", "Apache 2.0"),
            new Library("Eclipse JGit", "org.eclipse.jgit.api.Git", "EDL 1.0 (BSD 3-Clause)"),
            new Library("jsoup", "org.jsoup.Jsoup", "MIT"),
            new Library("imgscalr", "org.imgscalr.Scalr", "Apache 2.0"),
            new Library("metadata-extractor", "com.drew.imaging.ImageMetadataReader", "Apache 2.0"),
            new Library("TwelveMonkeys ImageIO WebP", "com.twelvemonkeys.imageio.plugins.webp.WebPImageReader",
                    "BSD 3-Clause"),
            new Library("webp-imageio", "com.luciad.imageio.webp.WebPWriteParam", "Apache 2.0"),
            new Library("picocli", "picocli.CommandLine", "Apache 2.0"),
            new Library("SLF4J", "org.slf4j.Logger", "MIT"));

    private AboutDialog() {
    }

    /** The dialog's content: version, licence and the library table (for tests). */
    static VBox content() {
        Label version = new Label("Version " + Version.current() + "  ·  Java " + System.getProperty("java.version")
                + "  ·  JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        version.setId("about-version");
        Label licence = new Label("Licence: " + LICENCE);
        licence.setId("about-licence");
        licence.setWrapText(true);
        Label offline = new Label("Recap Studio works offline: it never touches the network. The docs are the "
                + "README.md of the source or of /usr/share/doc/recap-studio.");
        offline.setWrapText(true);
        TableView<Library> table = new TableView<>();
        table.setId("about-libraries");
        table.getColumns().add(column("Library", Library::name, 220));
        table.getColumns().add(column("Version", Library::version, 150));
        table.getColumns().add(column("Licence", Library::licence, 230));
        table.getItems().setAll(LIBRARIES);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(620, 300);
        VBox box = new VBox(8, version, licence, offline, new Label("Built on these libraries:"), table);
        box.setPrefWidth(640);
        return box;
    }

    private static TableColumn<Library, String> column(String title, Function<Library, String> value, double width) {
        TableColumn<Library, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    static Alert show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About Recap Studio");
        alert.setHeaderText("Recap Studio " + Version.current());
        alert.getDialogPane().setId("about-dialog");
        alert.getDialogPane().setContent(content());
        alert.setResizable(true);
        alert.show();
        return alert;
    }
}
