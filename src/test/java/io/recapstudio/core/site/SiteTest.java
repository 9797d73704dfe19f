package io.recapstudio.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteTest {

    @TempDir
    Path dir;

    @Test
    void findsTheSiteRootFromAnyFolderInsideIt() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "title = \"x\"\n");
        Path post = site.bundle("content/blog/2024-03-01-harbor-day", "title: Harbor");
        assertThat(SiteLocator.findRoot(post)).contains(dir.toAbsolutePath().normalize());
        assertThat(SiteLocator.findRoot(post.getParent())).contains(dir.toAbsolutePath().normalize());
        assertThat(SiteLocator.locate(post.getParent()).root()).isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void findsASiteThatOnlyHasAConfigDirectory() {
        TestSite site = new TestSite(dir);
        site.write("config/_default/hugo.yaml", "title: split\n");
        Path deep = site.write("content/posts/a.md", "---\ntitle: a\n---\n").getParent();
        assertThat(SiteLocator.locate(deep).config().title()).contains("split");
    }

    @Test
    void outsideAnySiteLocatingFailsWithAClearMessage() {
        assertThatThrownBy(() -> SiteLocator.locate(dir)).isInstanceOf(SiteNotFoundException.class)
                .hasMessageContaining("no Hugo site found");
    }

    @Test
    void listsSectionsAndPostsWithTheirFolderNames() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "title = \"x\"\n");
        site.write("content/_index.md", "---\ntitle: home\n---\n");
        site.write("content/about/index.md", "---\ntitle: about\n---\n");
        site.write("content/blog/_index.md", "---\ntitle: Blog\n---\n");
        site.bundle("content/blog/2024-03-01-harbor-day", "title: Harbor");
        site.write("content/blog/2024-03-01-harbor-day/photos/one.jpg", "x");
        site.bundle("content/blog/2023/2023-11-02-lighthouse-summit", "title: Lighthouse");
        site.write("content/blog/quick-note.md", "---\ntitle: Note\n---\n");
        site.write("content/docs/guides/_index.md", "---\ntitle: Guides\n---\n");
        site.write("content/docs/guides/setup.md", "---\ntitle: Setup\n---\n");
        Site s = site.open();
        assertThat(s.sections()).extracting(Section::name).containsExactly("blog", "docs");
        assertThat(s.posts("blog")).extracting(ExistingPost::relativeName)
                .containsExactlyInAnyOrder("2024-03-01-harbor-day", "2023/2023-11-02-lighthouse-summit", "quick-note");
        ExistingPost bundle = s.posts("blog").stream().filter(ExistingPost::isBundle)
                .filter(p -> p.relativeName().startsWith("2024")).findFirst().orElseThrow();
        assertThat(bundle.contentBaseName()).isEqualTo("2024-03-01-harbor-day");
        assertThat(bundle.file().getFileName().toString()).isEqualTo("index.md");
        assertThat(s.posts("docs")).singleElement().satisfies(p -> {
            assertThat(p.sectionPath()).isEqualTo("docs/guides");
            assertThat(p.isBundle()).isFalse();
        });
        assertThat(s.allPosts()).extracting(ExistingPost::relativeName).contains("about");
        assertThat(s.defaultSection()).isEqualTo("blog");
    }

    @Test
    void theDefaultSectionIsTheOneWithMostBundlesNotMostPages() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "");
        for (int i = 0; i < 5; i++) {
            site.write("content/docs/page-" + i + ".md", "---\ntitle: p\n---\n");
        }
        site.bundle("content/news/2024-01-01-one", "title: one");
        site.bundle("content/news/2024-02-01-two", "title: two");
        assertThat(site.open().defaultSection()).isEqualTo("news");
        Path plain = dir.resolve("plain");
        TestSite docsOnly = new TestSite(plain);
        docsOnly.write("hugo.toml", "");
        docsOnly.write("content/docs/a.md", "---\ntitle: a\n---\n");
        assertThat(docsOnly.open().defaultSection()).isEqualTo("blog");
        docsOnly.write("content/posts/_index.md", "---\ntitle: Posts\n---\n");
        assertThat(docsOnly.open().defaultSection()).isEqualTo("posts");
    }

    @Test
    void multilingualContentDirsGiveSectionsInEachLanguage() {
        TestSite site = new TestSite(dir);
        site.write("hugo.yaml", """
                defaultContentLanguage: en
                languages:
                  en: {weight: 1, contentDir: content/en}
                  de: {weight: 2, contentDir: content/de}
                """);
        site.bundle("content/en/blog/2022-05-25-tidepool-recap", "title: Tidepool");
        site.bundle("content/de/blog/2022-05-25-tidepool-rueckblick", "title: Tidepool DE");
        Site s = site.open();
        assertThat(s.contentRoots()).extracting(ContentRoot::lang).containsExactly("en", "de");
        assertThat(s.section("blog").orElseThrow().dirs()).hasSize(2);
        assertThat(s.posts("blog")).extracting(ExistingPost::lang).containsExactly("en", "de");
        assertThat(s.sectionFolderForNewPosts("blog")).isEqualTo(dir.resolve("content/en/blog"));
        assertThat(s.sectionFolderForNewPosts("events")).isEqualTo(dir.resolve("content/en/events"));
    }

    @Test
    void moduleMountsReplaceTheDefaultContentFolder() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", """
                [[module.mounts]]
                source = "content/en"
                target = "content"
                [[module.mounts]]
                source = "news-archive"
                target = "content/news"
                """);
        site.bundle("content/en/blog/2021-10-10-reef-meetup", "title: Reef");
        site.bundle("news-archive/2019-old-item", "title: Old");
        site.write("content/stray/ignored.md", "---\ntitle: x\n---\n");
        Site s = site.open();
        assertThat(s.sections()).extracting(Section::name).containsExactly("blog", "news");
        assertThat(s.posts("news")).extracting(ExistingPost::relativeName).containsExactly("2019-old-item");
        assertThat(s.sectionFolderForNewPosts("blog")).isEqualTo(dir.resolve("content/en/blog"));
    }

    @Test
    void translationsByFileNameAreSeparatePostsWithTheirLanguage() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "[languages.en]\nweight = 1\n[languages.fr]\nweight = 2\n");
        site.write("content/posts/cove/index.md", "---\ntitle: Cove\n---\n");
        site.write("content/posts/cove/index.fr.md", "---\ntitle: Crique\n---\n");
        site.write("content/posts/harbor.fr.md", "---\ntitle: Port\n---\n");
        Site s = site.open();
        assertThat(s.posts("posts")).extracting(ExistingPost::contentBaseName, ExistingPost::lang)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("cove", null),
                        org.assertj.core.groups.Tuple.tuple("cove", "fr"),
                        org.assertj.core.groups.Tuple.tuple("harbor", "fr"));
    }

    @Test
    void theBundleNamingOfASectionIsInferredFromItsBundles() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "");
        site.bundle("content/blog/2022-05-25-kelp-con-wrapup", "title: a");
        site.bundle("content/blog/2023-01-09-winter-sync", "title: b");
        site.bundle("content/blog/welcome", "title: c");
        site.bundle("content/news/2021/first", "title: d");
        site.bundle("content/news/2022/second", "title: e");
        Site s = site.open();
        assertThat(s.bundleNamePattern("blog")).hasToString("{yyyy}-{mm}-{dd}-{slug}");
        assertThat(s.bundleNamePattern("news")).hasToString("{yyyy}/{slug}");
        assertThat(s.bundleNamePattern("nothing-here")).isEqualTo(BundleNamePattern.SLUG);
    }

    @Test
    void themeFoldersOnDiskComeInHugosOrder() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", """
                theme = ["harbor", "missing"]
                [module]
                [[module.imports]]
                path = "github.com/example/reef-theme"
                """);
        site.write("themes/harbor/theme.toml", "");
        site.write("_vendor/github.com/example/reef-theme/go.mod", "");
        assertThat(site.open().themeDirs()).containsExactly(
                dir.resolve("_vendor/github.com/example/reef-theme").toAbsolutePath().normalize(),
                dir.resolve("themes/harbor").toAbsolutePath().normalize());
    }
}
