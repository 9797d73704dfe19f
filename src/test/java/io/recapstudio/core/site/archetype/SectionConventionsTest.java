package io.recapstudio.core.site.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.frontmatter.FrontMatter;
import io.recapstudio.core.frontmatter.FrontMatterEntry;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new post in a section without archetype takes the conventions of the section's posts, key by key. */
class SectionConventionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static NewBundlePlan plan(Path root, NewBundleRequest request) {
        return new NewBundleCreator(Site.open(root), CLOCK).plan(request);
    }

    private static List<String> keys(String text) {
        return FrontMatter.parse(text).entries().stream().map(FrontMatterEntry::key).toList();
    }

    @Test
    void aYamlSitesNewPostMatchesItsPostsKeyByKey() throws IOException {
        Path root = ConventionFixtures.copy("yaml-site", dir);
        NewBundlePlan plan = plan(root, new NewBundleRequest("ReefCon NA 2026 recap", null, "2026-11-15T10:00:00Z"));
        assertThat(plan.folder()).isEqualTo("2026-11-15-reefcon-na-2026-recap");
        assertThat(plan.indexText()).isEqualTo("""
                ---
                author: Ana Kelp # check
                date: 2026-11-15 10:00:00+00:00
                title: ReefCon NA 2026 recap
                description: ""
                url: /blog/2026/11/reefcon-na-2026-recap/
                tags: [event] # check
                resources:
                - src: "**.{png,jpg}"
                  title: "Image #:counter"
                ---

                """);
        String neighbour = Files.readString(root.resolve("content/en/blog/2024-03-20-reefcon-eu-2024-wrapup/index.md"));
        assertThat(keys(plan.indexText())).isEqualTo(keys(neighbour));
        assertThat(plan.source()).contains("conventions of the 8 posts in blog");
        assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("author: Ana Kelp", "check"))
                .anySatisfy(n -> assertThat(n).contains("tags: [event]"));
    }

    @Test
    void theCommentsOfThePostItsLayoutComesFromAreNotCopied() {
        Path root = ConventionFixtures.copy("yaml-site", dir);
        String text = plan(root, new NewBundleRequest("June update", null, "2026-06-01")).indexText();
        assertThat(text).doesNotContain("one tag is enough").doesNotContain("kept short");
    }

    @Test
    void aGivenAuthorIsWrittenAndNotMarkedToCheck() {
        Path root = ConventionFixtures.copy("yaml-site", dir);
        NewBundlePlan plan = plan(root, new NewBundleRequest("Reef notes", null, null, "Flo Current"));
        assertThat(plan.indexText()).contains("author: Flo Current\n");
        assertThat(plan.notes()).noneMatch(n -> n.startsWith("author"));
    }

    @Test
    void theDateIsInTheSitesStyleAndUsualOffset() {
        Path toml = ConventionFixtures.copy("toml-site", dir);
        assertThat(plan(toml, new NewBundleRequest("Tide tables", null, "2026-10-05T16:00:00Z")).indexText())
                .contains("\ndate = 2026-10-05T18:00:00+02:00\n");
        Path json = ConventionFixtures.copy("json-site", dir);
        assertThat(plan(json, new NewBundleRequest("Tide tables", null, "2026-06-13T11:00:00+02:00")).indexText())
                .contains("\"date\": \"2026-06-13T09:00:00Z\"");
        Path yaml = ConventionFixtures.copy("yaml-site", dir);
        assertThat(plan(yaml, new NewBundleRequest("Tide tables", null, null)).indexText())
                .contains("\ndate: 2026-11-15 10:00:00+00:00\n");
    }

    @Test
    void theUrlFollowsThePermalinkPatternOrThePatternThePostsUrlsShow() throws IOException {
        Path root = ConventionFixtures.copy("yaml-site", dir);
        assertThat(plan(root, new NewBundleRequest("Kelp & Coral: Day 2", null, "2026-03-04")).indexText())
                .contains("\nurl: /blog/2026/03/kelp-coral-day-2/\n");
        Files.writeString(root.resolve("hugo.yaml"), "title: Tidepool\nmodule:\n  mounts:\n    - source: content/en\n"
                + "      target: content\n");
        assertThat(plan(root, new NewBundleRequest("Kelp & Coral: Day 2", null, "2026-03-04")).indexText())
                .contains("\nurl: /blog/2026/03/kelp-coral-day-2/\n");
    }

    @Test
    void aSiteWithoutUrlKeysGetsNoUrl() {
        Path toml = ConventionFixtures.copy("toml-site", dir);
        assertThat(keys(plan(toml, new NewBundleRequest("Tide tables", null, null)).indexText()))
                .doesNotContain("url");
    }

    @Test
    void tagsAreABlockListWhereTheSiteWritesThemSo() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "");
        for (String name : List.of("reef-walk", "reef-dive", "shell-fair")) {
            site.bundle("content/blog/" + name, "title: " + name.replace('-', ' '), "date: 2025-01-02",
                    "tags:", "  - outing", "  - " + name.substring(0, 4));
        }
        String text = plan(dir, new NewBundleRequest("Reef swim", null, "2026-02-03")).indexText();
        assertThat(text).contains("\ntags: # check\n  - outing\n  - reef\n").doesNotContain("[");
    }

    @Test
    void theResourcesBlockKeepsTheSitesIndentationAndQuoting() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "");
        for (int i = 1; i <= 3; i++) {
            site.bundle("content/blog/post-" + i, "title: Post " + i, "date: 2025-01-0" + i, "resources:",
                    "    - src: 'photos/*.jpg'", "      title: 'Photo #:counter'", "      params:",
                    "          credit: 'The team'");
        }
        String text = plan(dir, new NewBundleRequest("Post four", null, "2026-02-03")).indexText();
        assertThat(text).contains("resources:\n    - src: 'photos/*.jpg'\n      title: 'Photo #:counter'\n"
                + "      params:\n          credit: 'The team'\n");
    }

    @Test
    void aTomlSiteGetsTomlWithItsTablesAndArrays() {
        Path root = ConventionFixtures.copy("toml-site", dir);
        NewBundlePlan plan = plan(root, new NewBundleRequest("Kelp Summit 2026 in review", null,
                "2026-10-05T16:00:00Z"));
        assertThat(plan.folder()).isEqualTo("kelp-summit-2026-in-review");
        assertThat(plan.indexText()).isEqualTo("""
                +++
                title = "Kelp Summit 2026 in review"
                description = ""
                date = 2026-10-05T18:00:00+02:00
                author = "Mia Frond" # check
                categories = ["news"] # check
                tags = ["event", "summit"] # check
                draft = true

                [[resources]]
                  src = "images/*.jpg"
                  name = "photo-:counter"
                +++

                """);
        assertThat(FrontMatter.parse(plan.indexText()).isValid()).isTrue();
    }

    @Test
    void aJsonSiteGetsJsonAndTheGuessesAreInTheNotes() {
        Path root = ConventionFixtures.copy("json-site", dir);
        NewBundlePlan plan = plan(root, new NewBundleRequest("Lagoon Days 2026", null, "2026-06-13T09:00:00Z"));
        assertThat(plan.folder()).isEqualTo("2026/lagoon-days-2026");
        assertThat(plan.indexText()).isEqualTo("""
                {
                  "title": "Lagoon Days 2026",
                  "date": "2026-06-13T09:00:00Z",
                  "authors": ["Pat Wave"],
                  "tags": ["event"],
                  "summary": ""
                }

                """);
        assertThat(plan.notes()).anySatisfy(n -> assertThat(n).startsWith("authors: Pat Wave"))
                .anySatisfy(n -> assertThat(n).startsWith("tags: [event]"));
    }

    @Test
    void keysFewPostsHaveAndKeysNamingAnotherPageAreLeftOut() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "");
        for (int i = 1; i <= 10; i++) {
            site.bundle("content/blog/post-" + i, "title: Post " + i, "date: 2025-01-0" + (i % 9 + 1),
                    "aliases: [/old/" + i + "/]", "type: blog", i == 1 ? "weight: 3" : "layout: wide");
        }
        String text = plan(dir, new NewBundleRequest("New one", null, "2026-02-03")).indexText();
        assertThat(keys(text)).containsExactly("title", "description", "date", "type", "layout");
        assertThat(text).contains("\ntype: blog\n", "\nlayout: wide\n");
    }

    @Test
    void aSectionWithoutPostsGetsHugosDefaults() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "");
        NewBundlePlan plan = plan(dir, new NewBundleRequest("First", "blog", "2026-02-03"));
        assertThat(plan.indexText()).startsWith("---\ntitle: \"First\"\ndate: 2026-02-03T00:00:00")
                .endsWith("\ndraft: true\n---\n\n");
        assertThat(plan.source()).contains("defaults");
    }
}
