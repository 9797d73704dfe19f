package io.recapstudio.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The URL paths the site index computes are the ones the installed Hugo gives the same pages (Hugo prints them
 * percent-encoded; the index keeps them as text).
 */
class PermalinksHugoTest {

    @TempDir
    Path dir;

    @Test
    void computedUrlPathsMatchWhatHugoBuilds() throws Exception {
        Optional<Path> hugo = HugoBinary.find();
        assumeTrue(hugo.isPresent(), "no hugo on PATH");
        TestSite site = new TestSite(dir.resolve("site"));
        site.write("hugo.toml", """
                baseURL = "https://example.org/"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
                [permalinks]
                blog = "/:section/:year/:month/:slug/"
                news = "/n/:year/:filename/"
                events = "/e/:2006/:title/"
                """);
        site.write("layouts/_default/single.html", "PAGE {{ .RelPermalink }}");
        site.write("layouts/_default/list.html", "LIST");
        site.bundle("content/blog/2022-05-25-kelp-con", "title: \"Kelp Con 2022: Wrap-Up & more!\"",
                "date: 2022-05-25 10:00:00+00:00");
        site.write("content/blog/quick.md", "---\ntitle: Quick Note\nslug: Custom Slug\ndate: 2023-01-02\n---\n");
        site.write("content/blog/with-url.md", "---\ntitle: Old\nurl: /Legacy/Path/\ndate: 2020-01-01\n---\n");
        site.bundle("content/news/2021/Big_Item", "title: Big", "date: 2021-03-04T08:00:00Z");
        site.write("content/docs/guides/_index.md", "---\ntitle: Guides\n---\n");
        site.write("content/docs/guides/Setup Steps.md", "---\ntitle: Setup\n---\n");
        site.write("content/events/reef.md", "---\ntitle: \"Ünïcode Reef Day\"\ndate: 2024-07-08T09:00:00+02:00\n---\n");
        site.write("content/about.md", "---\ntitle: About us\n---\n");

        Path out = dir.resolve("public");
        HugoBinary.Build build = HugoBinary.build(hugo.get(), site.root(), out);
        assertThat(build.exitCode()).as(build.output()).isZero();

        Set<String> built;
        try (Stream<Path> files = Files.walk(out)) {
            built = files.filter(f -> f.toString().endsWith(".html")).map(f -> read(f))
                    .filter(t -> t.startsWith("PAGE ")).map(t -> java.net.URI.create(t.substring(5).strip()).getPath())
                    .collect(Collectors.toSet());
        }
        Set<String> computed = site.open().index().posts().stream().map(IndexedPost::urlPath)
                .collect(Collectors.toSet());
        assertThat(computed).hasSize(7).isEqualTo(built);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
