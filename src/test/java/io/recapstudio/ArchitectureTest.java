package io.recapstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@code architecture.md}'s "Direction of dependencies", enforced on the compiled classes (so a fully
 * qualified name or a lambda cannot slip past, as it could past a scan of import lines).
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.recapstudio");
    }

    /** Rule 1: ui → core and cli → core, never the reverse; core imports no JavaFX and runs headless. */
    @Test
    void coreDependsOnNoToolkitNoUiAndNoCli() {
        noClasses().that().resideInAPackage("io.recapstudio.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "com.sun.javafx..",
                        "netscape.javascript..", "io.recapstudio.ui..", "io.recapstudio.cli..")
                .check(main);
    }

    @Test
    void cliDependsOnNoToolkitAndNoUi() {
        noClasses().that().resideInAPackage("io.recapstudio.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..",
                        "io.recapstudio.ui..")
                .check(main);
    }

    /** Rule 2: inside core the layers run one way: text, frontmatter, post below; check and export on top. */
    @Test
    void theLowestCorePackagesDependOnNothingAboveThem() {
        noClasses().that().resideInAnyPackage("io.recapstudio.core.text..", "io.recapstudio.core.system..")
                .should().dependOnClassesThat().resideInAnyPackage("io.recapstudio.core.post..",
                        "io.recapstudio.core.frontmatter..", "io.recapstudio.core.site..",
                        "io.recapstudio.core.shortcode..", "io.recapstudio.core.markdown..",
                        "io.recapstudio.core.image..", "io.recapstudio.core.media..", "io.recapstudio.core.check..",
                        "io.recapstudio.core.export..", "io.recapstudio.core.workspace..")
                .check(main);
        noClasses().that().resideInAnyPackage("io.recapstudio.core.post..", "io.recapstudio.core.frontmatter")
                .should().dependOnClassesThat().resideInAnyPackage("io.recapstudio.core.site..",
                        "io.recapstudio.core.shortcode..", "io.recapstudio.core.markdown..",
                        "io.recapstudio.core.image..", "io.recapstudio.core.media..", "io.recapstudio.core.check..",
                        "io.recapstudio.core.export..", "io.recapstudio.core.workspace..")
                .check(main);
    }

    @Test
    void onlyExportOrchestratesChecksAndNothingInCoreUsesExport() {
        noClasses().that().resideInAPackage("io.recapstudio.core..")
                .and().resideOutsideOfPackages("io.recapstudio.core.check..", "io.recapstudio.core.export..")
                .should().dependOnClassesThat().resideInAnyPackage("io.recapstudio.core.check..",
                        "io.recapstudio.core.export..")
                .check(main);
        noClasses().that().resideInAPackage("io.recapstudio.core.check..")
                .should().dependOnClassesThat().resideInAPackage("io.recapstudio.core.export..")
                .check(main);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("io.recapstudio.core.(**)").should().beFreeOfCycles().check(main);
    }

    /** Rule 3: UI feature packages share EditorSession and ui.common, and never import each other. */
    @Test
    void uiFeaturesDoNotDependOnEachOther() {
        slices().matching("io.recapstudio.ui.(editor|preview|frontmatter|palette|media|export|recap)..")
                .should().notDependOnEachOther().check(main);
        noClasses().that().resideInAnyPackage("io.recapstudio.ui.session..", "io.recapstudio.ui.common..")
                .should().dependOnClassesThat().resideInAnyPackage("io.recapstudio.ui.editor..",
                        "io.recapstudio.ui.preview..", "io.recapstudio.ui.frontmatter..", "io.recapstudio.ui.palette..",
                        "io.recapstudio.ui.media..", "io.recapstudio.ui.export..", "io.recapstudio.ui.recap..")
                .check(main);
    }

    /** Rule 4: view models hold properties and commands, never scene-graph nodes, so they test without a toolkit. */
    @Test
    void viewModelsAreFreeOfTheSceneGraph() {
        noClasses().that().resideInAPackage("io.recapstudio.ui..").and().haveSimpleNameEndingWith("Model")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(main);
    }

    /** Rule 5: pixels are processed in core.image; the UI only produces rectangles and shows results. */
    @Test
    void imageCodecsAndScalingStayInCore() {
        noClasses().that().resideInAPackage("io.recapstudio.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.imageio..", "org.imgscalr..",
                        "com.twelvemonkeys..", "com.drew..")
                .check(main);
    }

    /** Rule 6: one Markdown pipeline: only core.markdown speaks to flexmark. */
    @Test
    void onlyTheRenderPipelineUsesFlexmark() {
        noClasses().that().resideOutsideOfPackages("io.recapstudio.core.markdown..", "io.recapstudio.core.check..")
                .and().resideInAPackage("io.recapstudio..")
                .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..")
                .check(main);
    }
}
