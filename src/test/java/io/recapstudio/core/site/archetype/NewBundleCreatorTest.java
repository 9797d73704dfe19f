package io.recapstudio.core.site.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewBundleCreatorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-06T08:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private TestSite fluxLikeSite() {
        TestSite site = new TestSite(dir);
        site.write("hugo.yaml", "languages:\n  en: {weight: 1, contentDir: content/en}\n");
        site.bundle("content/en/blog/2022-05-25-kelp-con-wrapup", "title: Kelp", "date: 2022-05-25 10:00:00+02:00");
        site.bundle("content/en/blog/2023-02-01-winter-sync", "title: Winter", "date: 2023-02-01 09:00:00+02:00");
        site.bundle("content/en/docs/setup", "title: Setup");
        return site;
    }

    private NewBundleCreator creator() {
        return new NewBundleCreator(Site.open(dir), CLOCK);
    }

    @Test
    void withoutArchetypeTheFrontMatterFollowsTheSectionsPostsInTheSitesDateStyleAndOffset() throws IOException {
        fluxLikeSite();
        NewBundlePlan plan = creator().plan(new NewBundleRequest("Harbor Day: 2024!", null, null));
        assertThat(plan.section()).isEqualTo("blog");
        assertThat(plan.folder()).isEqualTo("2024-05-06-harbor-day-2024");
        assertThat(plan.archetype()).isEmpty();
        assertThat(plan.indexText()).isEqualTo(
                "---\ntitle: \"Harbor Day: 2024!\"\ndescription: \"\"\ndate: 2024-05-06 10:15:30+02:00\n---\n\n");
        Path index = creator().write(plan);
        assertThat(index).isEqualTo(dir.resolve("content/en/blog/2024-05-06-harbor-day-2024/index.md"));
        assertThat(Files.readString(index)).isEqualTo(plan.indexText());
        assertThat(leftovers()).isZero();
    }

    @Test
    void aGivenDateWithoutTimeIsMidnightInTheSitesOffset() {
        fluxLikeSite();
        NewBundlePlan plan = creator().plan(new NewBundleRequest("Reef", "blog", "2024-12-31"));
        assertThat(plan.folder()).isEqualTo("2024-12-31-reef");
        assertThat(plan.indexText()).contains("date: 2024-12-31 00:00:00+02:00\n");
        NewBundlePlan withOffset = creator().plan(new NewBundleRequest("Reef", "blog", "2024-12-31T23:30:00Z"));
        assertThat(withOffset.indexText()).contains("date: 2025-01-01 01:30:00+02:00\n");
        assertThat(withOffset.folder()).isEqualTo("2025-01-01-reef");
        assertThatThrownBy(() -> creator().plan(new NewBundleRequest("Reef", "blog", "next tuesday")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-05-06");
    }

    @Test
    void aSectionArchetypeIsEvaluatedAndGetsTheGivenTitle() {
        TestSite site = fluxLikeSite();
        site.write("archetypes/default.md", "---\ntitle: default\n---\n");
        site.write("archetypes/blog.md", """
                ---
                title: "{{ replace .Name "-" " " | title }}"
                date: {{ .Date }}
                author: {{ .Site.Params.defaultAuthor | default "someone" }}
                tags: []
                ---

                Written {{ now.Format "January 2006" }} for {{ .Section }}.
                """);
        NewBundlePlan plan = creator().plan(new NewBundleRequest("Harbor Day", "blog", "2024-07-08"));
        assertThat(plan.archetype()).map(Archetype::path).contains(dir.resolve("archetypes/blog.md"));
        assertThat(plan.indexText()).isEqualTo("""
                ---
                title: "Harbor Day"
                date: 2024-07-08T00:00:00+02:00
                author: someone
                tags: []
                ---

                Written May 2024 for blog.
                """);
    }

    @Test
    void aBundleArchetypeCopiesItsFilesAndTheDefaultArchetypeServesOtherSections() throws IOException {
        TestSite site = fluxLikeSite();
        site.write("archetypes/blog/index.md", "+++\ntitle = '{{ .Name }}'\n+++\nSee the photos.\n");
        site.write("archetypes/blog/images/placeholder.txt", "{{ not evaluated }}");
        site.write("archetypes/default.md", "---\ntitle: \"{{ .Name }}\"\ntype: {{ .Type }}\n---\n");
        NewBundlePlan plan = creator().plan(new NewBundleRequest("Tide Pools", "blog", "2024-07-08"));
        assertThat(plan.files()).containsOnlyKeys("index.md", "images/placeholder.txt");
        assertThat(plan.indexText()).isEqualTo("+++\ntitle = 'Tide Pools'\n+++\nSee the photos.\n");
        Path index = creator().write(plan);
        assertThat(Files.readString(index.resolveSibling("images/placeholder.txt"))).isEqualTo("{{ not evaluated }}");
        NewBundlePlan docs = creator().plan(new NewBundleRequest("Install Guide", "docs", null));
        assertThat(docs.folder()).isEqualTo("install-guide");
        assertThat(docs.indexText()).isEqualTo("---\ntitle: \"Install Guide\"\ntype: docs\n---\n");
    }

    @Test
    void anExistingFolderIsNeverOverwritten() throws IOException {
        fluxLikeSite();
        Path first = creator().write(creator().plan(new NewBundleRequest("Reef", "blog", "2024-01-02")));
        Files.writeString(first, "edited by hand");
        assertThatThrownBy(() -> creator().plan(new NewBundleRequest("Reef", "blog", "2024-01-02")))
                .isInstanceOf(BundleExistsException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(first)).isEqualTo("edited by hand");
    }

    @Test
    void anArchetypeWithUnsupportedCallsOrBrokenFrontMatterIsRefusedWithItsLine() {
        TestSite site = fluxLikeSite();
        site.write("archetypes/blog.md", "---\ntitle: x\n{{ range .Site.Menus.main }}- {{ .Name }}{{ end }}\n---\n");
        assertThatThrownBy(() -> creator().plan(new NewBundleRequest("Reef", "blog", null)))
                .isInstanceOf(ArchetypeException.class).hasMessageContaining("blog.md:3:");
        site.write("archetypes/blog.md", "---\ntitle: x\ntags: [{{ .Name }}\n---\n");
        assertThatThrownBy(() -> creator().plan(new NewBundleRequest("Reef", "blog", null)))
                .isInstanceOf(ArchetypeException.class).hasMessageContaining("does not parse");
    }

    @Test
    void nestedPatternsCreateTheYearFolder() throws IOException {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "");
        site.bundle("content/news/2022/first", "title: a", "date: 2022-01-01");
        site.bundle("content/news/2023/second", "title: b", "date: 2023-01-01");
        Path index = creator().write(creator().plan(new NewBundleRequest("Third One", "news", "2024-03-03")));
        assertThat(index).isEqualTo(dir.resolve("content/news/2024/third-one/index.md"));
        assertThat(Files.readString(index)).contains("date: 2024-03-03\n");
    }

    private long leftovers() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().startsWith(".recap-new-")).count();
        }
    }
}
