package io.recapstudio.core.frontmatter.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.check.CheckContext;
import io.recapstudio.core.check.Checker;
import io.recapstudio.core.frontmatter.FrontMatter;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontMatterValidatorTest {

    @TempDir
    Path dir;

    private Path site;

    @BeforeEach
    void createSite() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("hugo.toml"), "title = 'S'\n");
        post("2025-03-01-kubecon-eu", "title: EU\ndate: 2025-03-01\nevent: KubeCon\ntags: [kubecon, gitops]\n"
                + "url: /blog/kubecon-eu/\n");
        post("2025-11-12-kubecon-na", "title: NA\ndate: 2025-11-12\nevent: KubeCon\ntags: [kubecon, community]\n");
        post("2026-01-20-fosdem", "title: FOSDEM\ndate: 2026-01-20\nevent: FOSDEM\ntags: [community]\n");
    }

    private void post(String name, String frontMatter) throws IOException {
        Path b = Files.createDirectories(site.resolve("content/blog").resolve(name));
        Files.writeString(b.resolve("index.md"), "---\n" + frontMatter + "---\nBody\n");
    }

    private List<Diagnostic> check(String text) throws IOException {
        Path bundle = Files.createDirectories(site.resolve("content/blog/2026-10-14-recap"));
        Files.writeString(bundle.resolve("index.md"), text);
        return Checker.standard().check(CheckContext.of(PageBundle.open(bundle), Optional.of(Site.open(site))));
    }

    private static Diagnostic rule(List<Diagnostic> found, String rule) {
        return found.stream().filter(d -> d.rule().equals(rule)).findFirst().orElseThrow(() ->
                new AssertionError("no " + rule + " in " + found));
    }

    @Test
    void aKeyEveryOtherPostHasIsAConventionReportedAsInfoNotAWarning() throws IOException {
        List<Diagnostic> found = check("---\ntitle: Recap\ndate: 2026-10-14\ntags: [community]\n---\nBody\n");

        Diagnostic d = rule(found, "frontmatter-required");
        assertThat(d.severity()).isEqualTo(Severity.INFO);
        assertThat(d.message()).contains("event", "nearly every other post");
        assertThat(found).noneMatch(Diagnostic::isError);
        assertThat(found).noneMatch(x -> x.severity() == Severity.WARNING);
    }

    @Test
    void aPostCheckedByItsIndexPathIsNoDuplicateOfItself() throws IOException {
        Path existing = site.resolve("content/blog/2025-03-01-kubecon-eu");
        Site s = Site.open(site);
        for (Path path : List.of(existing, existing.resolve("index.md"), dir.relativize(existing.resolve("index.md")),
                existing.resolve("../2025-03-01-kubecon-eu/./index.md"))) {
            Path p = path.isAbsolute() ? path : dir.resolve(path);
            List<Diagnostic> found = Checker.standard().check(CheckContext.of(PageBundle.open(p), Optional.of(s)));

            assertThat(found).as("checked as " + path).noneMatch(d -> d.rule().startsWith("frontmatter-duplicate"));
        }
    }

    @Test
    void aNewTagWithNoNearMissIsInfoAndANearMissAWarning() throws IOException {
        List<Diagnostic> found = check("---\ntitle: R\ndate: 2026-10-14\nevent: X\ntags: [fluxcon, kubecom]\n---\n");

        assertThat(found).filteredOn(d -> d.rule().equals("frontmatter-unknown-tag"))
                .extracting(Diagnostic::severity, d -> d.message().contains("did you mean \"kubecon\""))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Severity.INFO, false),
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, true));
    }

    @Test
    void anUnknownTagNamesTheClosestOne() throws IOException {
        Diagnostic d = rule(check("---\ntitle: R\ndate: 2026-10-14\nevent: X\ntags: [comunity]\n---\n"),
                "frontmatter-unknown-tag");

        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.line()).isEqualTo(5);
        assertThat(d.message()).contains("\"comunity\"").contains("did you mean \"community\"");
    }

    @Test
    void aDuplicateUrlIsAnErrorAndAnUnreadableDateToo() throws IOException {
        List<Diagnostic> found = check("---\ntitle: R\ndate: 14/10/2026\nevent: X\nurl: /blog/kubecon-eu/\n---\n");

        assertThat(rule(found, "frontmatter-duplicate-url").severity()).isEqualTo(Severity.WARNING);
        assertThat(rule(found, "frontmatter-duplicate-url").message()).contains("2025-03-01-kubecon-eu");
        Diagnostic date = rule(found, "frontmatter-date");
        assertThat(date.severity()).isEqualTo(Severity.ERROR);
        assertThat(date.line()).isEqualTo(3);
    }

    @Test
    void withoutASiteOnlyTheBuiltInSchemaApplies() {
        FrontMatterValidator validator = new FrontMatterValidator(FrontMatterSchema.builtIn(), Optional.empty());
        String text = "+++\ntitle = 'R'\ndescription = ''\ntags = ['anything']\n+++\n";

        List<Diagnostic> found = validator.validate(FrontMatter.parse(text), text, null);

        assertThat(found).extracting(Diagnostic::rule).containsExactly("frontmatter-empty-description");
        String untitled = "---\ndraft: true\n---\n";
        assertThat(validator.validate(FrontMatter.parse(untitled), untitled, null)).extracting(Diagnostic::message)
                .singleElement().asString().contains("title");
    }

    @Test
    void theSchemaFileAddsFields() throws IOException {
        Files.createDirectories(site.resolve(".recap"));
        Files.writeString(site.resolve(FrontMatterSchema.FILE), "fields:\n  - key: venue\n    label: Venue\n"
                + "    kind: text\n    required: true\n    values: [Ferry terminal]\n");

        FrontMatterSchema schema = FrontMatterSchema.forSite(site, Site.open(site).index());

        FieldSpec venue = schema.field("venue").orElseThrow();
        assertThat(venue.required()).isTrue();
        assertThat(venue.values()).containsExactly("Ferry terminal");
        assertThat(schema.field("tags").orElseThrow().values()).contains("kubecon", "community", "gitops");
        assertThat(check("---\ntitle: R\ndate: 2026-10-14\nevent: X\ntags: [community]\n---\n"))
                .filteredOn(d -> d.rule().equals("frontmatter-required"))
                .singleElement().satisfies(d -> {
                    assertThat(d.message()).contains("venue", FrontMatterSchema.FILE);
                    assertThat(d.severity()).as("the site's own file makes it a rule").isEqualTo(Severity.WARNING);
                });
    }
}
