package io.recapstudio.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteIndexTest {

    @TempDir
    Path dir;

    private TestSite site() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "[permalinks]\nblog = \"/:section/:year/:month/:slug/\"\n");
        site.bundle("content/blog/2022-05-25-kelp-con", "title: Kelp Con", "author: mira",
                "date: 2022-05-25 10:00:00+02:00", "tags: [event, community]", "url: /blog/2022/05/kelp/");
        site.bundle("content/blog/2023-01-09-winter-sync", "title: Winter Sync", "authors: [mira, oskar]",
                "date: 2023-01-09 09:00:00+02:00", "tags: [event]", "categories: news");
        site.write("content/blog/notes.toml.md", "+++\ntitle = \"Notes\"\ndate = 2023-02-01T08:00:00+02:00\n"
                + "tags = [\"release\"]\nslug = \"kelp\"\n+++\n");
        site.bundle("content/blog/2023-03-03-duplicate", "title: Dup", "date: 2023-03-03 10:00:00+02:00",
                "url: /blog/2022/05/kelp/");
        site.bundle("content/blog/broken", "title: [unclosed");
        return site;
    }

    @Test
    void countsTermsAuthorsAndKeys() {
        SiteIndex index = site().open().index();
        assertThat(index.posts()).hasSize(5);
        assertThat(index.tags()).containsExactly(java.util.Map.entry("event", 2), java.util.Map.entry("community", 1),
                java.util.Map.entry("release", 1));
        assertThat(index.categories()).containsOnlyKeys("news");
        assertThat(index.authors()).containsEntry("mira", 2).containsEntry("oskar", 1);
        assertThat(index.keys().get("title").count()).isEqualTo(4);
        assertThat(index.keys().get("date").usualType()).isEqualTo(ValueType.DATE);
        assertThat(index.keys().get("tags").usualType()).isEqualTo(ValueType.LIST);
        assertThat(index.presence("title")).isEqualTo(0.8);
        assertThat(index.buildTime()).isPositive();
    }

    @Test
    void findsDuplicateUrlsAndSlugs() {
        SiteIndex index = site().open().index();
        assertThat(index.urls().get("/blog/2022/05/kelp/")).hasSize(2);
        assertThat(index.postsAt("/blog/2022/05/kelp")).hasSize(2);
        assertThat(index.slugs()).containsOnlyKeys("kelp");
        assertThat(index.postsAt("/blog/2023/02/kelp/")).singleElement().asString().endsWith("notes.toml.md");
        assertThat(index.postsAt("/blog/2023/01/winter-sync/")).hasSize(1);
    }

    @Test
    void learnsTheDateStyleAndReportsPostsThatDoNotParse() {
        SiteIndex index = site().open().index();
        assertThat(index.dateStyle().offset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(index.dateStyle().style().separator()).isEqualTo(' ');
        assertThat(index.problems()).singleElement().satisfies(e -> {
            assertThat(e.file().toString()).endsWith("broken/index.md");
            assertThat(e.line()).isEqualTo(2);
        });
    }
}
