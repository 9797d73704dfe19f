package io.recapstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.recapstudio.core.frontmatter.FrontMatter;
import io.recapstudio.core.frontmatter.FrontMatterEntry;
import io.recapstudio.core.site.HugoBinary;
import io.recapstudio.core.site.archetype.ConventionFixtures;
import io.recapstudio.core.site.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = RecapCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private TestSite site() {
        TestSite site = new TestSite(dir.resolve("site"));
        site.write("hugo.toml", "baseURL = \"https://example.org/\"\ntitle = \"Reef\"\n"
                + "[permalinks]\nblog = \"/:section/:year/:month/:slug/\"\n");
        site.write("layouts/_default/single.html", "<h1>{{ .Title }}</h1>{{ .Date.Format \"2006-01-02\" }}");
        site.write("layouts/_default/list.html", "list");
        site.bundle("content/blog/2023-02-01-winter-sync", "title: Winter", "date: 2023-02-01 09:00:00+00:00");
        return site;
    }

    @Test
    void createsABundleWithoutArchetypeAndPrintsItsIndex() throws Exception {
        TestSite site = site();
        Run run = run("new", "--site", site.root().toString(), "--title", "Contract Day", "--date", "2024-05-06");
        assertThat(run.exit()).as(run.err()).isZero();
        Path index = site.root().resolve("content/blog/2024-05-06-contract-day/index.md");
        assertThat(run.out().strip()).isEqualTo(index.toString());
        assertThat(Files.readString(index)).isEqualTo(
                "---\ntitle: Contract Day\ndescription: \"\"\ndate: 2024-05-06 00:00:00+00:00\n---\n\n");
    }

    @Test
    void createsFromTheArchetypeAndTheSiteBuildsWithHugo() throws Exception {
        TestSite site = site();
        site.write("archetypes/blog.md", "---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\ndate: {{ .Date }}\n"
                + "draft: false\ntags: [event]\n---\n\nA recap of {{ .Site.Title }}.\n");
        Run run = run("new", "--site", site.root().toString(), "--title", "Harbor Day", "--date",
                "2024-05-06T10:00:00Z", "--section", "blog");
        assertThat(run.exit()).as(run.err()).isZero();
        Path index = Path.of(run.out().strip());
        assertThat(Files.readString(index)).isEqualTo("---\ntitle: \"Harbor Day\"\ndate: 2024-05-06T10:00:00Z\n"
                + "draft: false\ntags: [event]\n---\n\nA recap of Reef.\n");

        Optional<Path> hugo = HugoBinary.find();
        assumeTrue(hugo.isPresent(), "no hugo on PATH");
        HugoBinary.Build build = HugoBinary.build(hugo.get(), site.root(), dir.resolve("public"));
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(Files.readString(dir.resolve("public/blog/2024/05/harbor-day/index.html")))
                .contains("<h1>Harbor Day</h1>2024-05-06");
    }

    @Test
    void refusesToOverwriteAndReportsBadInputWithTheContractExitCodes() throws Exception {
        TestSite site = site();
        String root = site.root().toString();
        assertThat(run("new", "--site", root, "--title", "Again", "--date", "2024-01-01").exit()).isZero();
        Run again = run("new", "--site", root, "--title", "Again", "--date", "2024-01-01");
        assertThat(again.exit()).isEqualTo(RecapCommand.INPUT_ERRORS);
        assertThat(again.err()).contains("already exists").doesNotContain("Exception");
        Run badDate = run("new", "--site", root, "--title", "X", "--date", "soon");
        assertThat(badDate.exit()).isEqualTo(RecapCommand.USAGE_OR_IO);
        assertThat(badDate.err()).startsWith("recap new: cannot read the date");
        Run noSite = run("new", "--site", dir.resolve("nothing").toString(), "--title", "X");
        assertThat(noSite.exit()).isEqualTo(RecapCommand.USAGE_OR_IO);
        assertThat(run("new", "--site", root).exit()).as("--title is required").isEqualTo(RecapCommand.USAGE_OR_IO);
        site.write("archetypes/blog.md", "---\ntitle: x\n---\n{{ partial \"cta.html\" . }}\n");
        Run archetype = run("new", "--site", root, "--title", "Y");
        assertThat(archetype.exit()).isEqualTo(RecapCommand.INPUT_ERRORS);
        assertThat(archetype.err()).contains("archetypes/blog.md:4:").contains("partial");
    }

    /**
     * The fixture {@code yaml-site} is a look-alike (own names and text) of a public Hugo site without archetypes
     * whose blog bundles carry author, date, title, description, url, tags and a resources block, with the
     * {@code /:section/:year/:month/:slug/} permalink and content mounted from {@code content/en}.
     */
    @Test
    void inALookAlikeOfARealSiteWithoutArchetypeTheNewPostMatchesItsNeighboursKeyByKey() throws Exception {
        Path root = ConventionFixtures.copy("yaml-site", dir);
        Run run = run("new", "--site", root.toString(), "--title", "ReefCon NA 2026 recap", "--date",
                "2026-11-15 10:00:00+00:00", "--author", "Flo Current");
        assertThat(run.exit()).as(run.err()).isZero();
        Path index = root.resolve("content/en/blog/2026-11-15-reefcon-na-2026-recap/index.md");
        assertThat(run.out().strip()).isEqualTo(index.toString());
        String text = Files.readString(index);
        String neighbour = Files.readString(root.resolve("content/en/blog/2024-11-20-reefcon-na-2024-wrapup/index.md"));
        assertThat(keys(text)).isEqualTo(keys(neighbour))
                .containsExactly("author", "date", "title", "description", "url", "tags", "resources");
        assertThat(text).startsWith("---\nauthor: Flo Current\ndate: 2026-11-15 10:00:00+00:00\n"
                        + "title: ReefCon NA 2026 recap\ndescription: \"\"\n"
                        + "url: /blog/2026/11/reefcon-na-2026-recap/\n")
                .contains("\ntags: [event] # check\n",
                        "resources:\n- src: \"**.{png,jpg}\"\n  title: \"Image #:counter\"\n");
        assertThat(run.err()).contains("made from the conventions of the 8 posts in blog", "check tags: [event]")
                .doesNotContain("check author");
    }

    private static List<String> keys(String text) {
        return FrontMatter.parse(text).entries().stream().map(FrontMatterEntry::key).toList();
    }
}
