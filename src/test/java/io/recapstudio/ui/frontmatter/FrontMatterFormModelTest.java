package io.recapstudio.ui.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.frontmatter.schema.FrontMatterSchema;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.TextEdit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form's view model without a toolkit: every change touches only its key's lines. */
class FrontMatterFormModelTest {

    @TempDir
    Path dir;

    /** An in-memory editor: the text and the edit batches applied to it (one batch = one undo step). */
    private static final class Text {
        String value;
        final List<List<TextEdit>> steps = new ArrayList<>();

        Text(String value) {
            this.value = value;
        }

        void apply(List<TextEdit> edits) {
            steps.add(edits);
            value = TextEdit.applyAll(value, edits);
        }
    }

    private static FrontMatterFormModel model(Text text, Path file) {
        return new FrontMatterFormModel(() -> text.value, text::apply, file);
    }

    private static final String YAML = """
            ---
            # keep this comment
            title: 'Old title'
            date: 2022-05-25 10:00:00+00:00
            tags: [flux, gitops]
            params:
              venue: Ferry terminal
            ---
            Body
            """;

    @Test
    void changingTheTitleChangesOnlyItsLineInOneStep() {
        Text text = new Text(YAML);
        FrontMatterFormModel model = model(text, null);

        assertThat(model.setText("title", "New title")).isEmpty();

        assertThat(text.steps).hasSize(1);
        assertThat(text.value).isEqualTo(YAML.replace("title: 'Old title'", "title: 'New title'"));
        assertThat(model.current("title")).contains("New title");
    }

    @Test
    void aNewDateKeepsTheFilesDateStyle() {
        Text text = new Text(YAML);
        FrontMatterFormModel model = model(text, null);

        model.set("date", OffsetDateTime.of(LocalDate.of(2026, 10, 14), LocalTime.of(9, 30), ZoneOffset.ofHours(2)));

        assertThat(text.value).isEqualTo(YAML.replace("2022-05-25 10:00:00+00:00", "2026-10-14 09:30:00+02:00"));
    }

    @Test
    void tagsAreAddedAndRemovedInTheFlowList() {
        Text text = new Text(YAML);
        FrontMatterFormModel model = model(text, null);

        model.addTo("tags", "kubecon");
        assertThat(text.value).contains("tags: [flux, gitops, kubecon]\n");
        model.removeFrom("tags", "flux");
        assertThat(text.value).isEqualTo(YAML.replace("tags: [flux, gitops]", "tags: [gitops, kubecon]"));
    }

    @Test
    void editingTheTextUpdatesTheFields() {
        Text text = new Text(YAML);
        FrontMatterFormModel model = model(text, null);

        text.value = YAML.replace("Old title", "Typed in the editor");
        model.textChanged(text.value);

        assertThat(model.current("title")).contains("Typed in the editor");
        assertThat(model.list("tags")).containsExactly("flux", "gitops");
    }

    @Test
    void brokenFrontMatterDisablesTheFormAndLeavesTheTextAlone() {
        String broken = "---\ntitle: [unclosed\n---\nBody\n";
        Text text = new Text(broken);
        FrontMatterFormModel model = model(text, null);

        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).startsWith("Line 2");
        assertThat(model.setText("title", "x")).isPresent();
        assertThat(text.value).isEqualTo(broken);
        assertThat(text.steps).isEmpty();
    }

    @Test
    void tomlAndJsonAreEditedInTheirOwnSyntax() {
        String toml = "+++\ntitle = \"Old\"\ndraft = true\n+++\nBody\n";
        Text t = new Text(toml);
        model(t, null).setText("title", "New");
        assertThat(t.value).isEqualTo(toml.replace("\"Old\"", "\"New\""));

        String json = "{\n  \"title\": \"Old\",\n  \"tags\": [\"a\"]\n}\nBody\n";
        Text j = new Text(json);
        FrontMatterFormModel model = model(j, null);
        model.addTo("tags", "b");
        assertThat(j.value).isEqualTo(json.replace("[\"a\"]", "[\"a\", \"b\"]"));
        assertThat(model.formatProperty().get()).isEqualTo("JSON");
    }

    private Site site() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("hugo.toml"), "title = 'S'\n");
        for (String[] p : new String[][] {{"a", "[kubecon, gitops]", "/blog/a/"}, {"b", "[kubernetes]", "/blog/b/"}}) {
            Path b = Files.createDirectories(site.resolve("content/blog").resolve(p[0]));
            Files.writeString(b.resolve("index.md"), "---\ntitle: " + p[0] + "\ntags: " + p[1] + "\nurl: " + p[2]
                    + "\n---\n");
        }
        return Site.open(site);
    }

    @Test
    void tagsCompleteFromTheSiteAndADuplicateUrlIsFlagged() throws IOException {
        Site site = site();
        Text text = new Text("---\ntitle: Recap\ntags: [gitops]\nurl: /blog/a/\n---\n");
        FrontMatterFormModel model = model(text, null);

        model.useSite(FrontMatterSchema.forSite(site.root(), site.index()), site.index());

        assertThat(model.suggestions("tags", "kub")).containsExactlyInAnyOrder("kubecon", "kubernetes");
        assertThat(model.suggestions("tags", "git")).isEmpty();
        assertThat(model.problems()).extracting(Diagnostic::rule).contains("frontmatter-duplicate-url");
    }

    @Test
    void resourcesGlobsShowWhatTheyMatchAndWhatNoGlobMatches() throws IOException {
        Path bundle = Files.createDirectories(dir.resolve("bundle"));
        String post = "---\ntitle: R\nresources:\n- src: \"**.{jpg,png}\"\n  title: \"Photo #:counter\"\n---\n";
        Files.writeString(bundle.resolve("index.md"), post);
        for (String name : List.of("a.jpg", "b.png", "c.jpeg")) {
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), name.endsWith("png") ? "png" : "jpg",
                    bundle.resolve(name).toFile());
        }
        FrontMatterFormModel model = model(new Text(post), bundle.resolve("index.md"));

        ResourceMatches matches = model.resources();

        assertThat(matches.entries()).singleElement().satisfies(e -> {
            assertThat(e.matches()).containsExactly("a.jpg", "b.png");
            assertThat(e.title()).isEqualTo("Photo #:counter");
        });
        assertThat(matches.unmatched()).containsExactly("c.jpeg");
    }

    @Test
    void theSlugComesFromTheTitleAndThePageUrlFromTheSitesPermalinksWithClashesNamed() throws IOException {
        Path root = Files.createDirectories(dir.resolve("permasite"));
        Files.writeString(root.resolve("hugo.toml"), "title = 'S'\n[permalinks]\nblog = '/:year/:month/:slug/'\n");
        Path other = Files.createDirectories(root.resolve("content/blog/older"));
        Files.writeString(other.resolve("index.md"), "---\ntitle: Older\ndate: 2026-10-01\nslug: harbor-bay-day\n---\n");
        Path mine = Files.createDirectories(root.resolve("content/blog/2026-10-14-recap"));
        String post = "---\ntitle: \"Harbor Bay Day!\"\ndate: 2026-10-14\n---\nBody\n";
        Files.writeString(mine.resolve("index.md"), post);
        Site site = Site.open(root);
        Text text = new Text(post);
        FrontMatterFormModel model = model(text, mine.resolve("index.md"));
        model.usePermalinks(site.config().permalinks(), site.config().slugs(), "blog");
        model.useSite(FrontMatterSchema.forSite(root, site.index(), mine.resolve("index.md")), site.index());

        assertThat(model.slugFromTitle()).isEqualTo("harbor-bay-day");
        model.setText("slug", model.slugFromTitle());

        assertThat(text.value).isEqualTo(post.replace("Day!\"\n", "Day!\"\nslug: harbor-bay-day\n"));
        assertThat(model.pageUrl()).hasValueSatisfying(url -> assertThat(url).startsWith("/2026/10/harbor-bay-day/")
                .contains("also the URL of").contains("older"));
    }
}
